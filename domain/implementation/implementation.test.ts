import { describe, expect, it } from 'vitest';
import {
  issueProblem,
  operationRecordProblem,
  operationStartProblem,
  overdueFlags,
  resolutionProblem,
  teamProblems,
} from './implementation.js';

const TODAY = '2026-11-23';

describe('teamProblems (003 §6.7.2.1)', () => {
  const member = { name: '李四', role: '组员', post: '质检员', department: '质检部' };
  it('accepts the top manager as leader with members', () => {
    expect(teamProblems({ leader: { name: '张三', isTopManager: true }, members: [member] })).toEqual([]);
  });
  it('a delegate leads only with the authorisation recorded', () => {
    expect(teamProblems({ leader: { name: '王五', isTopManager: false }, members: [member] })).toEqual([
      { code: 'TEAM_LEADER_DELEGATION_REASON', field: 'leader.delegationReason' },
    ]);
    expect(
      teamProblems({
        leader: { name: '王五', isTopManager: false, delegationReason: '总经理书面授权生产副总任组长' },
        members: [member],
      }),
    ).toEqual([]);
  });
  it('needs a leader name, members, each with name and role, once each', () => {
    expect(teamProblems({ leader: { name: ' ', isTopManager: true }, members: [] }).map((p) => p.code)).toEqual([
      'REQUIRED',
      'TEAM_MEMBERS_REQUIRED',
    ]);
    expect(
      teamProblems({ leader: { name: '张三', isTopManager: true }, members: [{ name: '', role: '' }] }).map(
        (p) => p.field,
      ),
    ).toEqual(['members.0.name', 'members.0.role']);
    expect(teamProblems({ leader: { name: '张三', isTopManager: true }, members: [member, member] })).toEqual([
      { code: 'TEAM_MEMBER_DUPLICATE', field: 'members.1.name', detail: '李四' },
    ]);
  });
});

describe('operationStartProblem (000 §二(4))', () => {
  it('refuses a start before the plan was accepted, naming the field and the acceptance day', () => {
    expect(operationStartProblem({ startedOn: '2026-06-27', planAcceptedOn: '2026-06-28', today: TODAY })).toEqual({
      code: 'OPERATION_BEFORE_PLAN',
      field: 'operationStartedOn',
      detail: '2026-06-28',
    });
  });
  it('accepts the acceptance day itself and today', () => {
    expect(operationStartProblem({ startedOn: '2026-06-28', planAcceptedOn: '2026-06-28', today: TODAY })).toBeNull();
    expect(operationStartProblem({ startedOn: TODAY, planAcceptedOn: '2026-06-28', today: TODAY })).toBeNull();
  });
  it('refuses tomorrow and a start without an accepted plan', () => {
    expect(operationStartProblem({ startedOn: '2026-11-24', planAcceptedOn: '2026-06-28', today: TODAY })).toEqual({
      code: 'DATE_IN_FUTURE',
      field: 'operationStartedOn',
    });
    expect(operationStartProblem({ startedOn: TODAY, planAcceptedOn: null, today: TODAY })?.code).toBe(
      'PLAN_NOT_ACCEPTED',
    );
  });
});

describe('operationRecordProblem (001 annex; 003 §6.7.2.4)', () => {
  const base = {
    operationStartedOn: '2026-07-15',
    today: TODAY,
    kind: 'run_record' as const,
    planControlPoints: ['来料检验', '出厂检验'],
  };
  it('dates a record within the operation: from its start to today', () => {
    expect(operationRecordProblem({ ...base, recordedOn: '2026-07-15' })).toBeNull();
    expect(operationRecordProblem({ ...base, recordedOn: TODAY })).toBeNull();
    expect(operationRecordProblem({ ...base, recordedOn: '2026-07-14' })).toEqual({
      code: 'RECORD_BEFORE_OPERATION',
      field: 'recordedOn',
      detail: '2026-07-15',
    });
    expect(operationRecordProblem({ ...base, recordedOn: '2026-11-24' })?.code).toBe('DATE_IN_FUTURE');
    expect(operationRecordProblem({ ...base, operationStartedOn: null, recordedOn: TODAY })?.code).toBe(
      'OPERATION_NOT_STARTED',
    );
  });
  it('a control-point record names one of the plan’s control points', () => {
    const cp = { ...base, kind: 'control_point' as const, recordedOn: TODAY };
    expect(operationRecordProblem({ ...cp, controlPoint: '出厂检验' })).toBeNull();
    expect(operationRecordProblem({ ...cp, controlPoint: '包装' })?.code).toBe('CONTROL_POINT_NOT_IN_PLAN');
    expect(operationRecordProblem({ ...cp, controlPoint: null })).toEqual({ code: 'REQUIRED', field: 'controlPoint' });
    // a plan without listed control points takes the one named
    expect(operationRecordProblem({ ...cp, planControlPoints: [], controlPoint: '包装' })).toBeNull();
  });
});

describe('the issue log (003 §6.7.3)', () => {
  it('raised not after today', () => {
    expect(issueProblem({ raisedOn: TODAY, today: TODAY })).toBeNull();
    expect(issueProblem({ raisedOn: '2026-11-24', today: TODAY })).toEqual({
      code: 'DATE_IN_FUTURE',
      field: 'raisedOn',
    });
  });
  const base = {
    raisedOn: '2026-08-01',
    resolution: '调整培训计划',
    today: TODAY,
    amendments: [{ version: 2, madeOn: '2026-08-05' }],
  };
  it('resolved between raising and today, with a resolution', () => {
    expect(resolutionProblem({ ...base, resolvedOn: '2026-08-01' })).toBeNull();
    expect(resolutionProblem({ ...base, resolvedOn: '2026-07-31' })).toEqual({
      code: 'DATE_ORDER',
      field: 'resolvedOn',
    });
    expect(resolutionProblem({ ...base, resolvedOn: '2026-11-24' })?.code).toBe('DATE_IN_FUTURE');
    expect(resolutionProblem({ ...base, resolution: ' ', resolvedOn: TODAY })).toEqual({
      code: 'REQUIRED',
      field: 'resolution',
    });
  });
  it('links only an amendment of the plan made after the issue was raised', () => {
    expect(resolutionProblem({ ...base, resolvedOn: TODAY, planVersion: 2 })).toBeNull();
    expect(resolutionProblem({ ...base, resolvedOn: TODAY, planVersion: 1 })?.code).toBe('PLAN_AMENDMENT_UNKNOWN');
    expect(resolutionProblem({ ...base, raisedOn: '2026-08-06', resolvedOn: TODAY, planVersion: 2 })).toEqual({
      code: 'DATE_ORDER',
      field: 'planVersion',
    });
  });
});

describe('overdueFlags (003 §6.8.1)', () => {
  const operating = { stage: 'operating', operationStartedOn: '2026-07-15', today: TODAY };
  it('flags a month without operation records, counted from the last one', () => {
    expect(overdueFlags({ ...operating, lastRecordOn: '2026-10-24' })).toEqual([]);
    expect(overdueFlags({ ...operating, lastRecordOn: '2026-10-23' })).toEqual(['operation_records_missing']);
    expect(overdueFlags({ ...operating, operationStartedOn: '2026-10-23', lastRecordOn: null })).toEqual([
      'operation_records_missing',
    ]);
    expect(overdueFlags({ ...operating, operationStartedOn: '2026-10-24', lastRecordOn: null })).toEqual([]);
  });
  it('flags the review not held six months after operation began', () => {
    expect(overdueFlags({ ...operating, operationStartedOn: '2026-05-23', lastRecordOn: TODAY })).toEqual([
      'review_overdue',
    ]);
    expect(overdueFlags({ ...operating, operationStartedOn: '2026-05-24', lastRecordOn: TODAY })).toEqual([]);
    // reviewed: nothing is overdue any more
    expect(overdueFlags({ ...operating, stage: 'reviewed', lastRecordOn: null })).toEqual([]);
  });
  it('flags nonconformities past due', () => {
    expect(overdueFlags({ ...operating, stage: 'reviewed', lastRecordOn: null, overdueNonconformities: 1 })).toEqual([
      'nonconformity_overdue',
    ]);
  });
  it('flags the surveillance past its due day (the due day itself is on time)', () => {
    const certified = { ...operating, stage: 'certified', lastRecordOn: null };
    expect(overdueFlags({ ...certified, surveillanceDueOn: TODAY })).toEqual([]);
    expect(overdueFlags({ ...certified, surveillanceDueOn: '2026-11-22' })).toEqual(['surveillance_overdue']);
    expect(overdueFlags({ ...certified, surveillanceDueOn: null })).toEqual([]);
  });
});
