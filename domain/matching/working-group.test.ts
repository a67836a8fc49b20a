import { describe, expect, it } from 'vitest';
import { workingGroupProblems } from './working-group.js';

const valid = {
  name: '丰县帮扶一组',
  members: [
    { userId: 'l', role: 'leader' as const },
    { userId: 'm', role: 'manager' as const },
    { userId: 'x', role: 'expert' as const },
  ],
  regionCodes: ['320321'],
};

describe('workingGroupProblems (000 §一 帮扶工作组)', () => {
  it('accepts one leader, managers and at least one expert', () => {
    expect(workingGroupProblems(valid)).toEqual([]);
    expect(
      workingGroupProblems({ ...valid, members: valid.members.filter((m) => m.role !== 'manager'), regionCodes: [] }),
    ).toEqual([]);
  });
  it('needs exactly one leader', () => {
    expect(workingGroupProblems({ ...valid, members: valid.members.filter((m) => m.role !== 'leader') })).toEqual([
      { field: 'members', code: 'WORKING_GROUP_ONE_LEADER', detail: '0' },
    ]);
    expect(workingGroupProblems({ ...valid, members: [...valid.members, { userId: 'l2', role: 'leader' }] })).toEqual([
      { field: 'members', code: 'WORKING_GROUP_ONE_LEADER', detail: '2' },
    ]);
  });
  it('needs an expert, a name, one role per person and real region codes', () => {
    expect(
      workingGroupProblems({ ...valid, members: valid.members.filter((m) => m.role !== 'expert') }).map((p) => p.code),
    ).toEqual(['WORKING_GROUP_NEEDS_EXPERT']);
    expect(workingGroupProblems({ ...valid, name: ' ' }).map((p) => p.code)).toEqual(['VALIDATION_FAILED']);
    expect(
      workingGroupProblems({ ...valid, members: [...valid.members, { userId: 'x', role: 'manager' }] }).map(
        (p) => p.code,
      ),
    ).toEqual(['WORKING_GROUP_DUPLICATE_MEMBER']);
    expect(workingGroupProblems({ ...valid, regionCodes: ['3203'] }).map((p) => p.code)).toEqual(['REGION_UNKNOWN']);
  });
});
