import { describe, expect, it } from 'vitest';
import {
  auditPlanProblems,
  completionProblems,
  ncOverdue,
  ncState,
  ncStepProblem,
  nextSteps,
  type AuditPlan,
  type Finding,
  type NcStepRecord,
} from './internal-audit.js';

const plan = (over: Partial<AuditPlan> = {}): AuditPlan => ({
  objectives: '验证体系运行的符合性和有效性',
  scope: '全部部门与过程',
  criteria: ['GB/T 19001-2016', '质量手册'],
  startsOn: '2027-03-01',
  endsOn: '2027-03-02',
  team: [
    { name: '王芳', department: '质量部', leader: true },
    { name: '李强', department: '生产部', leader: false },
  ],
  schedule: [
    { department: '生产部', clauses: ['8.5.1'], auditorName: '王芳', on: '2027-03-01' },
    { department: '质量部', clauses: ['8.7'], auditorName: '李强', on: '2027-03-02' },
  ],
  ...over,
});
const trained = new Set(['王芳', '李强']);
const codes = (p: ReturnType<typeof auditPlanProblems>) => p.map((x) => `${x.field}:${x.code}`);

describe('the three-month gate on the audit start (000 §二(4))', () => {
  it('an audit starting 2 months and 29 days after operation began is refused, at 3 months accepted', () => {
    // operation from 2026-12-01: complete on 2027-03-01
    const early = auditPlanProblems(plan({ startsOn: '2027-02-28', endsOn: '2027-03-02' }), {
      operationStartedOn: '2026-12-01',
      trainedAuditors: trained,
    });
    expect(early).toContainEqual({ code: 'OPERATION_PERIOD_TOO_SHORT', field: 'startsOn', detail: '2027-03-01' });
    expect(auditPlanProblems(plan(), { operationStartedOn: '2026-12-01', trainedAuditors: trained })).toEqual([]);
  });

  it('month ends clamp (11-30 + 3 months = 02-28), and no operation is its own refusal', () => {
    const facts = { operationStartedOn: '2026-11-30', trainedAuditors: trained };
    expect(codes(auditPlanProblems(plan({ startsOn: '2027-02-27', endsOn: '2027-03-01' }), facts))).toContain(
      'startsOn:OPERATION_PERIOD_TOO_SHORT',
    );
    expect(auditPlanProblems(plan({ startsOn: '2027-02-28', endsOn: '2027-03-01', schedule: [] }), facts)).toEqual([]);
    expect(codes(auditPlanProblems(plan(), { operationStartedOn: null, trainedAuditors: trained }))).toContain(
      'startsOn:OPERATION_NOT_STARTED',
    );
  });
});

describe('auditors (002 step 4; 9.2.2 c))', () => {
  const facts = { operationStartedOn: '2026-12-01', trainedAuditors: trained };
  it('every auditor has internal-auditor training', () => {
    const p = plan({ team: [...plan().team, { name: '赵六', department: '销售部', leader: false }] });
    expect(codes(auditPlanProblems(p, facts))).toEqual(['team.2.name:AUDITOR_NOT_TRAINED']);
  });
  it('nobody audits their own department; the schedule names team members within the dates', () => {
    const p = plan({
      schedule: [
        { department: '质量部', clauses: ['9.1'], auditorName: '王芳', on: '2027-03-01' },
        { department: '生产部', clauses: ['8.5'], auditorName: '孙七', on: '2027-03-01' },
        { department: '质量部', clauses: ['8.7'], auditorName: '李强', on: '2027-03-05' },
      ],
    });
    expect(codes(auditPlanProblems(p, facts))).toEqual([
      'schedule.0.auditorName:AUDITOR_OWN_WORK',
      'schedule.1.auditorName:AUDITOR_NOT_IN_TEAM',
      'schedule.2.on:DATE_ORDER',
    ]);
  });
  it('one leader, dates in order, the plan fields filled', () => {
    const p = plan({
      objectives: ' ',
      criteria: [],
      endsOn: '2027-02-28',
      schedule: [],
      team: plan().team.map((m) => ({ ...m, leader: false })),
    });
    expect(codes(auditPlanProblems(p, facts))).toEqual([
      'objectives:VALIDATION_FAILED',
      'criteria:VALIDATION_FAILED',
      'endsOn:DATE_ORDER',
      'team:AUDIT_TEAM_LEADER_REQUIRED',
    ]);
  });
});

describe('the nonconformity cycle (10.2; 002 step 7)', () => {
  const nc = (steps: Finding['steps'] = []): Finding => ({
    grade: 'minor',
    clause: '8.7',
    department: '生产部',
    evidence: '抽查3月5日的不合格品记录，未标识隔离',
    foundOn: '2027-03-01',
    dueOn: '2027-03-31',
    steps,
  });
  const done = (doneOn: string, extra: Partial<NcStepRecord> = {}): NcStepRecord => ({
    owner: '张三',
    dueOn: null,
    doneOn,
    text: '已处理',
    fileIds: [],
    ...extra,
  });
  const today = '2027-04-30';

  it('walks correction → root cause → corrective action → verification → closure', () => {
    const f = nc();
    expect(ncState(f)).toBe('open');
    expect(nextSteps(f)).toEqual(['correction', 'root_cause']);
    const walked = nc([
      { step: 'correction', ...done('2027-03-02') },
      { step: 'root_cause', ...done('2027-03-03') },
      { step: 'corrective_action', ...done('2027-03-10') },
      { step: 'verification', ...done('2027-03-20', { effective: true }) },
    ]);
    expect(ncState(walked)).toBe('verified');
    expect(ncStepProblem(walked, 'closure', done('2027-03-21'), today)).toBeNull();
  });

  it('cannot close without a verified corrective action', () => {
    const acted = nc([
      { step: 'root_cause', ...done('2027-03-03') },
      { step: 'corrective_action', ...done('2027-03-10') },
    ]);
    expect(ncStepProblem(acted, 'closure', done('2027-03-21'), today)?.code).toBe('NC_CLOSE_WITHOUT_VERIFIED_ACTION');
    expect(ncStepProblem(nc(), 'closure', done('2027-03-21'), today)?.code).toBe('NC_CLOSE_WITHOUT_VERIFIED_ACTION');
  });

  it('an ineffective verification sends it back to a new corrective action', () => {
    const failed = nc([
      { step: 'root_cause', ...done('2027-03-03') },
      { step: 'corrective_action', ...done('2027-03-10') },
      { step: 'verification', ...done('2027-03-20', { effective: false }) },
    ]);
    expect(ncState(failed)).toBe('analysed');
    expect(nextSteps(failed)).toEqual(['corrective_action']);
    expect(ncStepProblem(failed, 'closure', done('2027-03-21'), today)?.code).toBe('NC_CLOSE_WITHOUT_VERIFIED_ACTION');
  });

  it('refuses steps out of order and dates in the wrong order, naming the field', () => {
    expect(ncStepProblem(nc(), 'verification', done('2027-03-20', { effective: true }), today)).toMatchObject({
      code: 'NC_STEP_OUT_OF_ORDER',
    });
    const acted = nc([
      { step: 'root_cause', ...done('2027-03-03') },
      { step: 'corrective_action', ...done('2027-03-10') },
    ]);
    // verified before its action
    expect(ncStepProblem(acted, 'verification', done('2027-03-09', { effective: true }), today)).toMatchObject({
      code: 'DATE_ORDER',
      field: 'verification.doneOn',
    });
    expect(ncStepProblem(acted, 'verification', done('2027-03-10', { effective: true }), today)).toBeNull();
    expect(ncStepProblem(acted, 'verification', done('2027-03-12'), today)).toMatchObject({ field: 'effective' });
    expect(ncStepProblem(nc(), 'correction', done('2027-02-28'), today)).toMatchObject({ field: 'doneOn' });
    expect(ncStepProblem(nc(), 'correction', done('2027-05-01'), today)?.code).toBe('DATE_IN_FUTURE');
  });

  it('an observation has no cycle; overdue = past its deadline and not closed', () => {
    const observation = { ...nc(), grade: 'observation' as const };
    expect(ncState(observation)).toBeNull();
    expect(ncStepProblem(observation, 'correction', done('2027-03-02'), today)?.code).toBe(
      'AUDIT_OBSERVATION_HAS_NO_CYCLE',
    );
    expect(ncOverdue(nc(), '2027-03-31')).toBe(false);
    expect(ncOverdue(nc(), '2027-04-01')).toBe(true);
    expect(ncOverdue(observation, '2027-04-01')).toBe(false);
  });
});

describe('completing the audit (000 §二(4): the pain points of the diagnosis)', () => {
  const report = {
    summary: '体系运行基本有效',
    conclusion: '符合',
    painPoints: [{ ref: 'check:a', response: '已建立检验制度' }],
  };
  it('needs the report, a response to every pain point, a checklist and the audit ended', () => {
    const facts = { painPointRefs: ['check:a'], checklistRows: 3, endsOn: '2027-03-02', today: '2027-03-02' };
    expect(completionProblems(report, facts)).toEqual([]);
    expect(
      completionProblems(
        { ...report, summary: '', painPoints: [] },
        { ...facts, painPointRefs: ['check:a', 'sub:b'], checklistRows: 0, today: '2027-03-01' },
      ).map((p) => `${p.field}:${p.code}:${p.detail ?? ''}`),
    ).toEqual([
      'summary:VALIDATION_FAILED:required',
      'checklist:AUDIT_CHECKLIST_EMPTY:',
      'painPoints:AUDIT_PAIN_POINT_UNANSWERED:check:a',
      'painPoints:AUDIT_PAIN_POINT_UNANSWERED:sub:b',
      'endsOn:AUDIT_NOT_ENDED:2027-03-02',
    ]);
  });
});
