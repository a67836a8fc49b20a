import { describe, expect, it } from 'vitest';
import {
  improvementProblem,
  improvementState,
  REVIEW_INPUTS,
  reviewProblems,
  verificationProblems,
  type ReviewRecord,
} from './management-review.js';

const review = (over: Partial<ReviewRecord> = {}): ReviewRecord => ({
  heldOn: '2027-03-10',
  chairName: '刘总',
  chairIsTopManager: true,
  attendees: ['王芳', '李强'],
  inputs: Object.fromEntries(REVIEW_INPUTS.map((k) => [k, '已评审'])) as ReviewRecord['inputs'],
  outputs: [{ kind: 'improvement', text: '完善出厂检验', owner: '王芳', dueOn: '2027-04-30' }],
  conclusion: '体系适宜、充分、有效',
  ...over,
});
const facts = {
  operationStartedOn: '2026-12-01',
  audit: { completed: true, endsOn: '2027-03-02' },
  today: '2027-03-20',
};
const codes = (p: ReturnType<typeof reviewProblems>) => p.map((x) => `${x.field}:${x.code}`);

describe('the management review (000 §二(4)–(5); 9.3)', () => {
  it('is recorded after three months of operation and after the completed audit', () => {
    expect(reviewProblems(review(), facts)).toEqual([]);
    expect(codes(reviewProblems(review({ heldOn: '2027-02-28' }), facts))).toEqual([
      'heldOn:OPERATION_PERIOD_TOO_SHORT',
      'heldOn:DATE_ORDER',
    ]);
    expect(codes(reviewProblems(review({ heldOn: '2027-03-01' }), facts))).toEqual(['heldOn:DATE_ORDER']);
    expect(codes(reviewProblems(review({ heldOn: '2027-03-02' }), facts))).toEqual([]);
    expect(codes(reviewProblems(review(), { ...facts, audit: { completed: false, endsOn: '2027-03-02' } }))).toEqual([
      'heldOn:REVIEW_AUDIT_NOT_COMPLETED',
    ]);
    expect(codes(reviewProblems(review(), { ...facts, audit: null, operationStartedOn: null }))).toEqual([
      'heldOn:OPERATION_NOT_STARTED',
      'heldOn:REVIEW_AUDIT_NOT_COMPLETED',
    ]);
    expect(codes(reviewProblems(review({ heldOn: '2027-03-21' }), facts))).toEqual(['heldOn:DATE_IN_FUTURE']);
  });

  it('top management chairs, every input of 9.3.2 is considered, at least one output with owner and date', () => {
    const r = review({
      chairIsTopManager: false,
      inputs: { ...review().inputs, resources: ' ' },
      outputs: [{ kind: 'resource_need', text: '增加检验设备', owner: '', dueOn: '2027-03-01' }],
    });
    expect(codes(reviewProblems(r, facts))).toEqual([
      'chairName:REVIEW_CHAIR_NOT_TOP_MANAGEMENT',
      'inputs.resources:REVIEW_INPUT_MISSING',
      'outputs.0.owner:VALIDATION_FAILED',
      'outputs.0.dueOn:DATE_ORDER',
    ]);
    expect(codes(reviewProblems(review({ outputs: [] }), facts))).toEqual(['outputs:REVIEW_OUTPUT_MISSING']);
  });
});

describe('the certified-enterprise path (000 §二(5))', () => {
  const v = { auditOn: '2027-02-10', reviewOn: '2027-02-20', evidenceFileIds: ['f1'], note: '' };
  const ok = { certified: true, campaignYear: 2027, today: '2027-03-01' };
  it('verifies this year audit and review of a certified enterprise, with evidence', () => {
    expect(verificationProblems(v, ok)).toEqual([]);
    expect(verificationProblems(v, { ...ok, certified: false }).map((p) => p.code)).toEqual([
      'REVIEW_NOT_CERTIFIED_ENTERPRISE',
    ]);
    expect(
      verificationProblems({ ...v, auditOn: '2026-12-20', evidenceFileIds: [] }, ok).map((p) => `${p.field}:${p.code}`),
    ).toEqual(['auditOn:REVIEW_NOT_THIS_YEAR', 'evidenceFileIds:REVIEW_EVIDENCE_REQUIRED']);
    expect(verificationProblems({ ...v, reviewOn: '2027-02-01' }, ok).map((p) => p.code)).toEqual(['DATE_ORDER']);
  });
});

describe('improvement actions (003 §6.8.2)', () => {
  const a = { raisedOn: '2027-03-10', doneOn: null, effectiveness: null };
  it('are done, then checked for effectiveness, in date order', () => {
    expect(improvementState(a)).toBe('open');
    expect(improvementProblem(a, { check: { effective: true, checkedOn: '2027-03-12' } }, '2027-04-01')?.code).toBe(
      'IMPROVEMENT_NOT_DONE',
    );
    expect(improvementProblem(a, { doneOn: '2027-03-09' }, '2027-04-01')?.field).toBe('doneOn');
    const done = { ...a, doneOn: '2027-03-15' };
    expect(improvementState(done)).toBe('done');
    expect(
      improvementProblem(done, { check: { effective: true, checkedOn: '2027-03-14' } }, '2027-04-01'),
    ).toMatchObject({
      code: 'DATE_ORDER',
      field: 'checkedOn',
    });
    expect(improvementProblem(done, { check: { effective: true, checkedOn: '2027-03-20' } }, '2027-04-01')).toBeNull();
    expect(
      improvementState({ ...done, effectiveness: { effective: false, checkedOn: '2027-03-20', checkedBy: '王芳' } }),
    ).toBe('ineffective');
  });
});
