import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ROLES, type Role } from '../access/roles.js';
import { ERROR_CODES } from '../errors/codes.js';
import { ALL_STAGES, MAIN_PATH, isTerminal, type Stage } from './stages.js';
import {
  COMMANDS,
  EXPERT_CAPACITY,
  TRANSITIONS,
  availableCommands,
  nextStep,
  RECORD_ONLY_COMMANDS,
  permittedCommands,
  decideTransition,
  type Command,
  type CommandPayload,
  type ParticipationFacts,
} from './transitions.js';

const TODAY = '2026-06-15';
const TOMORROW = '2026-06-16';

function facts(stage: Stage, over: Partial<ParticipationFacts> = {}): ParticipationFacts {
  return {
    stage,
    certificationBodyId: 'cb-1',
    assistanceExpertIds: ['expert-1'],
    operationStartedOn: '2026-02-01', // complete on 2026-05-01
    screeningOutcome: 'eligible',
    preferredBodyId: null,
    quota: { ok: true },
    diagnosisConfirmed: true,
    planAccepted: true,
    planAcceptedOn: '2026-06-01',
    recordedOperationStartOn: TODAY,
    reviewRecords: { internalAuditOn: '2026-05-01', managementReviewOn: '2026-05-10', certifiedPath: false },
    peopleOfBody: ['auditor-1', 'auditor-2', 'decider-1', 'expert-1'],
    signedOffEvaluation: { total: 90, grade: 'excellent' },
    ...over,
  };
}

/** A payload that satisfies every data guard of the command, so only stage/role can refuse it. */
const VALID_PAYLOAD: Record<Command, CommandPayload> = {
  screen: {},
  select: {},
  reject: { reason: '不符合小微企业条件' },
  withdraw: { reason: '企业自愿退出' },
  assign: { expertUserIds: ['expert-2'], expertLoads: { 'expert-2': 1 } },
  confirm_diagnosis: {},
  agree_plan: {},
  start_implementation: {},
  start_operation: { operationStartedOn: TODAY },
  complete_review: {},
  evaluate: {},
  certify: {
    certificateNumber: '00126Q12345R0S',
    certificateIssuedOn: TODAY,
    auditorUserIds: ['auditor-1'],
    decisionMakerUserIds: ['decider-1'],
  },
  close: {},
};

function decide(
  command: Command,
  opts: {
    stage?: Stage;
    role?: Role;
    facts?: Partial<ParticipationFacts>;
    payload?: CommandPayload;
    today?: string;
  } = {},
) {
  const rule = TRANSITIONS[command];
  return decideTransition({
    command,
    role: opts.role ?? rule.roles[0]!,
    facts: facts(opts.stage ?? rule.from[0]!, opts.facts),
    payload: opts.payload ?? VALID_PAYLOAD[command],
    today: opts.today ?? TODAY,
  });
}

describe('TRANSITIONS table', () => {
  it('has one rule per command, keyed by its own name, with a known target and at least one role', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...COMMANDS].sort());
    for (const c of COMMANDS) {
      const rule = TRANSITIONS[c];
      expect(rule.command).toBe(c);
      expect(ALL_STAGES).toContain(rule.to);
      expect(rule.from.length).toBeGreaterThan(0);
      expect(rule.roles.length).toBeGreaterThan(0);
      for (const r of rule.roles) expect(ROLES).toContain(r);
      for (const s of rule.from) expect(isTerminal(s)).toBe(false);
    }
  });
  it('withdraw is possible from applied through reviewed, but not from evaluated, certified or a terminal stage', () => {
    expect(TRANSITIONS.withdraw.from).toEqual(MAIN_PATH.slice(0, MAIN_PATH.indexOf('reviewed') + 1));
  });
  it('administrator roles run no lifecycle command', () => {
    for (const c of COMMANDS)
      for (const r of ['system_admin', 'security_admin', 'audit_admin'] as const) {
        expect(TRANSITIONS[c].roles).not.toContain(r);
      }
  });
});

describe('decideTransition: stage and role gates', () => {
  it('accepts every command from every stage in its `from`, for every role in its `roles`', () => {
    for (const c of COMMANDS) {
      const rule = TRANSITIONS[c];
      for (const stage of rule.from) {
        for (const role of rule.roles) {
          const d = decide(c, { stage, role });
          expect(d, `${c} from ${stage} as ${role}`).toMatchObject({ ok: true, to: rule.to });
        }
      }
    }
  });

  it('refuses every command from every stage not in its `from` with ILLEGAL_TRANSITION', () => {
    let refusals = 0;
    for (const c of COMMANDS) {
      const rule = TRANSITIONS[c];
      for (const stage of ALL_STAGES) {
        if (rule.from.includes(stage)) continue;
        for (const role of rule.roles) {
          const d = decide(c, { stage, role });
          expect(d, `${c} from ${stage}`).toEqual({
            ok: false,
            code: 'ILLEGAL_TRANSITION',
            field: 'stage',
            detail: stage,
          });
          refusals++;
        }
      }
    }
    expect(refusals).toBeGreaterThan(100);
  });

  it('refuses every command for every role not in its `roles` with TRANSITION_ROLE_FORBIDDEN', () => {
    for (const c of COMMANDS) {
      const rule = TRANSITIONS[c];
      for (const role of ROLES) {
        if (rule.roles.includes(role)) continue;
        for (const stage of rule.from) {
          const d = decide(c, { stage, role });
          expect(d, `${c} as ${role}`).toMatchObject({ ok: false, code: 'TRANSITION_ROLE_FORBIDDEN', field: 'role' });
        }
      }
    }
  });

  it('terminal stages (closed, rejected, withdrawn) allow no command for any role', () => {
    for (const stage of ['closed', 'rejected', 'withdrawn'] as const) {
      for (const role of ROLES) {
        expect(availableCommands(stage, role)).toEqual([]);
        for (const c of COMMANDS) {
          const d = decideTransition({
            command: c,
            role,
            facts: facts(stage),
            payload: VALID_PAYLOAD[c],
            today: TODAY,
          });
          expect(d).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
        }
      }
    }
  });

  it('every refusal code is a defined error code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS),
        fc.constantFrom(...ROLES),
        fc.constantFrom(...ALL_STAGES),
        (c, role, stage) => {
          const d = decideTransition({ command: c, role, facts: facts(stage), payload: {}, today: TODAY });
          if (!d.ok) expect(Object.keys(ERROR_CODES)).toContain(d.code);
          else expect(d.to).toBe(TRANSITIONS[c].to);
        },
      ),
    );
  });
});

describe('availableCommands', () => {
  it('a bureau officer at applied may screen, reject or withdraw', () => {
    const cmds = availableCommands('applied', 'bureau_officer');
    expect(cmds).toEqual(expect.arrayContaining(['screen', 'reject', 'withdraw']));
    expect(cmds).not.toContain('select');
  });
  it('an enterprise contact at applied may only withdraw', () => {
    expect(availableCommands('applied', 'enterprise_contact')).toEqual(['withdraw']);
  });
  it('a bureau officer at evaluated may close but not withdraw', () => {
    expect(availableCommands('evaluated', 'bureau_officer')).toEqual(['close']);
  });
  it('a certification body admin at evaluated may certify', () => {
    expect(availableCommands('evaluated', 'cb_admin')).toEqual(['certify']);
  });
  it('leaves out the commands that confirming the diagnosis and accepting the plan run', () => {
    expect(permittedCommands('assigned', 'enterprise_contact')).toEqual(['withdraw', 'confirm_diagnosis']);
    expect(availableCommands('assigned', 'enterprise_contact')).toEqual(['withdraw']);
    expect(availableCommands('diagnosed', 'enterprise_contact')).toEqual(['withdraw']);
  });
  it('matches the stage and role gates of decideTransition for every stage × role × command', () => {
    for (const stage of ALL_STAGES) {
      for (const role of ROLES) {
        const available = permittedCommands(stage, role);
        for (const c of COMMANDS) {
          const d = decideTransition({
            command: c,
            role,
            facts: facts(stage),
            payload: VALID_PAYLOAD[c],
            today: TODAY,
          });
          expect(d.ok, `${c} at ${stage} as ${role}`).toBe(available.includes(c));
        }
      }
    }
  });
});

describe('reject and withdraw need a reason', () => {
  it.each(['reject', 'withdraw'] as const)('%s without a reason is refused with REASON_REQUIRED', (c) => {
    expect(decide(c, { payload: {} })).toMatchObject({ ok: false, code: 'REASON_REQUIRED', field: 'reason' });
  });
  it.each(['reject', 'withdraw'] as const)('%s with an empty or whitespace-only reason is refused', (c) => {
    for (const reason of ['', ' ', '   \t\n', '\u3000']) {
      expect(decide(c, { payload: { reason } })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    }
  });
  it.each(['reject', 'withdraw'] as const)('%s with a one-character reason is accepted', (c) => {
    expect(decide(c, { payload: { reason: '否' } })).toMatchObject({ ok: true, to: TRANSITIONS[c].to });
  });
  it('the enterprise contact may withdraw with a reason', () => {
    expect(
      decide('withdraw', { role: 'enterprise_contact', stage: 'operating', payload: { reason: '经营调整' } }),
    ).toMatchObject({
      ok: true,
      to: 'withdrawn',
    });
  });
});

describe('select needs a certification body', () => {
  it('is refused with CERTIFICATION_BODY_REQUIRED when neither facts nor payload name one', () => {
    expect(decide('select', { facts: { certificationBodyId: null }, payload: {} })).toMatchObject({
      ok: false,
      code: 'CERTIFICATION_BODY_REQUIRED',
      field: 'certificationBodyId',
    });
  });
  it('is accepted with the body from the facts', () => {
    expect(decide('select', { facts: { certificationBodyId: 'cb-1' }, payload: {} })).toMatchObject({
      ok: true,
      to: 'selected',
    });
  });
  it('is accepted with the body from the payload', () => {
    expect(
      decide('select', { facts: { certificationBodyId: null }, payload: { certificationBodyId: 'cb-2' } }),
    ).toMatchObject({
      ok: true,
      to: 'selected',
    });
  });
});

describe('confirm_diagnosis and agree_plan need the records behind them (003 §6.5.8, §6.6.2)', () => {
  it('refuses confirm_diagnosis without a confirmed report', () => {
    expect(decide('confirm_diagnosis', { facts: { diagnosisConfirmed: false } })).toMatchObject({
      ok: false,
      code: 'DIAGNOSIS_NOT_CONFIRMED',
    });
    expect(decide('confirm_diagnosis', { facts: { diagnosisConfirmed: undefined } })).toMatchObject({
      ok: false,
      code: 'DIAGNOSIS_NOT_CONFIRMED',
    });
    expect(decide('confirm_diagnosis')).toMatchObject({ ok: true, to: 'diagnosed' });
  });
  it('refuses agree_plan without an accepted plan', () => {
    expect(decide('agree_plan', { facts: { planAccepted: false } })).toMatchObject({
      ok: false,
      code: 'PLAN_NOT_ACCEPTED',
    });
    expect(decide('agree_plan')).toMatchObject({ ok: true, to: 'plan_agreed' });
  });
});

describe('assign: experts and capacity (seed 000 §一: 1–2 enterprises per expert)', () => {
  it('capacity is 2', () => {
    expect(EXPERT_CAPACITY).toBe(2);
  });
  it('refuses no experts with EXPERT_REQUIRED', () => {
    expect(decide('assign', { payload: {} })).toMatchObject({
      ok: false,
      code: 'EXPERT_REQUIRED',
      field: 'expertUserIds',
    });
    expect(decide('assign', { payload: { expertUserIds: [] } })).toMatchObject({ ok: false, code: 'EXPERT_REQUIRED' });
  });
  it('accepts an expert with no recorded load', () => {
    expect(decide('assign', { payload: { expertUserIds: ['e1'] } })).toMatchObject({ ok: true, to: 'assigned' });
  });
  it('accepts an expert whose load is 1 (below capacity)', () => {
    expect(decide('assign', { payload: { expertUserIds: ['e1'], expertLoads: { e1: 1 } } })).toMatchObject({
      ok: true,
    });
  });
  it('refuses an expert whose load is already 2 (at capacity), naming the expert', () => {
    expect(decide('assign', { payload: { expertUserIds: ['e1'], expertLoads: { e1: 2 } } })).toEqual({
      ok: false,
      code: 'EXPERT_CAPACITY_EXCEEDED',
      field: 'expertUserIds',
      detail: 'e1',
    });
  });
  it('refuses an expert above capacity', () => {
    expect(decide('assign', { payload: { expertUserIds: ['e1'], expertLoads: { e1: 3 } } })).toMatchObject({
      code: 'EXPERT_CAPACITY_EXCEEDED',
    });
  });
  it('uses the capacity of the expert’s profile when given', () => {
    expect(
      decide('assign', { payload: { expertUserIds: ['e1'], expertLoads: { e1: 2 }, expertCapacities: { e1: 3 } } }),
    ).toMatchObject({ ok: true });
    expect(
      decide('assign', { payload: { expertUserIds: ['e1'], expertLoads: { e1: 1 }, expertCapacities: { e1: 1 } } }),
    ).toMatchObject({ code: 'EXPERT_CAPACITY_EXCEEDED' });
  });
  it('lets a full expert be assigned only with a recorded reason', () => {
    expect(
      decide('assign', { payload: { expertUserIds: ['e1'], expertLoads: { e1: 2 }, reason: '  ' } }),
    ).toMatchObject({ code: 'EXPERT_CAPACITY_EXCEEDED' });
    expect(
      decide('assign', {
        payload: { expertUserIds: ['e1'], expertLoads: { e1: 2 }, reason: '该企业为其原帮扶企业的关联企业，熟悉情况' },
      }),
    ).toMatchObject({ ok: true });
  });
  it('refuses the whole assignment when one of several experts is full, naming that one', () => {
    expect(decide('assign', { payload: { expertUserIds: ['e1', 'e2'], expertLoads: { e1: 0, e2: 2 } } })).toMatchObject(
      {
        ok: false,
        code: 'EXPERT_CAPACITY_EXCEEDED',
        detail: 'e2',
      },
    );
  });
  it('keeps the hard pair rules of a proposal (specialty, conflict, availability): refused without a reason, naming them', () => {
    const broken = {
      pairRulesBroken: {
        e1: ['SPECIALTY_MISMATCH' as const],
        e2: ['SPECIALTY_MISMATCH' as const, 'DECLARED_CONFLICT' as const],
      },
    };
    expect(decide('assign', { facts: broken, payload: { expertUserIds: ['e1', 'e2'] } })).toEqual({
      ok: false,
      code: 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED',
      field: 'reason',
      detail: 'SPECIALTY_MISMATCH,DECLARED_CONFLICT',
    });
    expect(decide('assign', { facts: broken, payload: { expertUserIds: ['e1'], reason: ' ' } })).toMatchObject({
      code: 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED',
    });
    expect(
      decide('assign', {
        facts: broken,
        payload: { expertUserIds: ['e1'], reason: '本地区暂无33类专家，经工作组研究由其临时帮扶' },
      }),
    ).toMatchObject({ ok: true });
    expect(
      decide('assign', { facts: { pairRulesBroken: { e1: [] } }, payload: { expertUserIds: ['e1'] } }),
    ).toMatchObject({ ok: true });
  });
});

describe('start_operation: the recorded start, not before the accepted plan, not in the future (000 §二(4))', () => {
  const start = (recordedOperationStartOn: string | null, planAcceptedOn: string | null = '2026-06-01') =>
    decide('start_operation', { facts: { recordedOperationStartOn, planAcceptedOn }, payload: {} });
  it('accepts a start recorded today or in the past, from the acceptance day on', () => {
    expect(start(TODAY)).toMatchObject({ ok: true, to: 'operating' });
    expect(start('2026-06-01')).toMatchObject({ ok: true });
  });
  it('refuses tomorrow with DATE_IN_FUTURE', () => {
    expect(start(TOMORROW)).toMatchObject({ ok: false, code: 'DATE_IN_FUTURE', field: 'operationStartedOn' });
  });
  it('refuses a start before the plan was accepted', () => {
    expect(start('2026-05-31')).toMatchObject({
      ok: false,
      code: 'OPERATION_BEFORE_PLAN',
      field: 'operationStartedOn',
      detail: '2026-06-01',
    });
  });
  it('refuses without a recorded start, whatever date the command carries', () => {
    expect(
      decide('start_operation', { facts: { recordedOperationStartOn: null }, payload: { operationStartedOn: TODAY } }),
    ).toMatchObject({ ok: false, code: 'OPERATION_START_RECORD_REQUIRED', field: 'operationStartedOn' });
  });
  it('is not a button: only its record runs it', () => {
    expect(availableCommands('implementing', 'assistance_expert')).not.toContain('start_operation');
    expect(RECORD_ONLY_COMMANDS).toContain('start_operation');
  });
});

describe('complete_review: ≥ 3 months of operation before internal audit (seed 000 §二(4)–(5))', () => {
  const started = '2026-02-01'; // period complete on 2026-05-01
  // the dates come from the records the guard reads (the completed audit, the held review), not from the request
  const review = (
    dates: { internalAuditOn: string; managementReviewOn: string },
    over: Partial<ParticipationFacts> = {},
  ) =>
    decide('complete_review', {
      facts: { operationStartedOn: started, reviewRecords: { ...dates, certifiedPath: false }, ...over },
      payload: {},
    });

  it('refuses with OPERATION_NOT_STARTED when no start date is known', () => {
    expect(
      review({ internalAuditOn: '2026-05-01', managementReviewOn: '2026-05-02' }, { operationStartedOn: null }),
    ).toMatchObject({
      ok: false,
      code: 'OPERATION_NOT_STARTED',
    });
  });
  it('refuses an internal audit one day before start + 3 months, naming the first allowed date', () => {
    expect(review({ internalAuditOn: '2026-04-30', managementReviewOn: '2026-05-02' })).toEqual({
      ok: false,
      code: 'OPERATION_PERIOD_TOO_SHORT',
      field: 'internalAuditOn',
      detail: '2026-05-01',
    });
  });
  it('accepts an internal audit exactly at start + 3 months', () => {
    expect(review({ internalAuditOn: '2026-05-01', managementReviewOn: '2026-05-01' })).toEqual({
      ok: true,
      to: 'reviewed',
      derived: {},
    });
  });
  it('accepts an internal audit one day after start + 3 months', () => {
    expect(review({ internalAuditOn: '2026-05-02', managementReviewOn: '2026-05-03' })).toMatchObject({ ok: true });
  });
  it('applies month-end clamping (start 2026-11-30 → first allowed 2027-02-28)', () => {
    const r = (ia: string) =>
      decide('complete_review', {
        facts: {
          operationStartedOn: '2026-11-30',
          reviewRecords: { internalAuditOn: ia, managementReviewOn: ia, certifiedPath: false },
        },
        payload: {},
        today: '2027-06-01',
      });
    expect(r('2027-02-27')).toMatchObject({ code: 'OPERATION_PERIOD_TOO_SHORT', detail: '2027-02-28' });
    expect(r('2027-02-28')).toMatchObject({ ok: true });
  });
  it('refuses a management review before the internal audit with DATE_ORDER', () => {
    expect(review({ internalAuditOn: '2026-05-10', managementReviewOn: '2026-05-09' })).toMatchObject({
      ok: false,
      code: 'DATE_ORDER',
      field: 'managementReviewOn',
    });
  });
  it('accepts a management review on the same day as the internal audit', () => {
    expect(review({ internalAuditOn: '2026-05-10', managementReviewOn: '2026-05-10' })).toMatchObject({ ok: true });
  });
  it('refuses a future internal audit date with DATE_IN_FUTURE', () => {
    expect(review({ internalAuditOn: TOMORROW, managementReviewOn: TOMORROW })).toMatchObject({
      ok: false,
      code: 'DATE_IN_FUTURE',
      field: 'internalAuditOn',
    });
  });
  it('refuses a future management review date with DATE_IN_FUTURE', () => {
    expect(review({ internalAuditOn: '2026-05-10', managementReviewOn: TOMORROW })).toMatchObject({
      ok: false,
      code: 'DATE_IN_FUTURE',
      field: 'managementReviewOn',
    });
  });
  it('accepts both dates on today', () => {
    expect(review({ internalAuditOn: TODAY, managementReviewOn: TODAY })).toMatchObject({ ok: true });
  });
  it('refuses without the records (a bare command) with REVIEW_RECORD_REQUIRED', () => {
    expect(
      review({ internalAuditOn: '2026-05-10', managementReviewOn: '2026-05-10' }, { reviewRecords: null }),
    ).toMatchObject({
      code: 'REVIEW_RECORD_REQUIRED',
    });
  });
  it("a certified enterprise's verified audit of this year is not timed against the platform's operation start", () => {
    const verified = { internalAuditOn: '2026-03-01', managementReviewOn: '2026-03-10', certifiedPath: true };
    expect(
      decide('complete_review', { facts: { operationStartedOn: started, reviewRecords: verified } }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      decide('complete_review', {
        facts: { operationStartedOn: started, reviewRecords: { ...verified, certifiedPath: false } },
      }),
    ).toMatchObject({ code: 'OPERATION_PERIOD_TOO_SHORT' });
  });
});

describe('evaluate (seed 003 §6.9)', () => {
  it('refuses while no evaluation is signed off (the stage is reached only through one)', () => {
    expect(decide('evaluate', { facts: { signedOffEvaluation: null } })).toMatchObject({
      ok: false,
      code: 'EVALUATION_NOT_SIGNED_OFF',
      field: 'evaluation',
    });
    expect(decide('evaluate', { facts: { signedOffEvaluation: undefined } })).toMatchObject({
      code: 'EVALUATION_NOT_SIGNED_OFF',
    });
  });
  it('takes the signed-off total and grade', () => {
    expect(decide('evaluate', { facts: { signedOffEvaluation: { total: 23, grade: 'pass' } } })).toEqual({
      ok: true,
      to: 'evaluated',
      derived: { evaluationScore: 23, evaluationGrade: 'pass' },
    });
  });
});

describe('certify (seed 002 step 9; seed 000 §三 impartiality)', () => {
  it('refuses a missing or blank certificate number with CERTIFICATE_REQUIRED', () => {
    expect(decide('certify', { payload: {} })).toMatchObject({
      ok: false,
      code: 'CERTIFICATE_REQUIRED',
      field: 'certificateNumber',
    });
    expect(decide('certify', { payload: { certificateNumber: '  ' } })).toMatchObject({ code: 'CERTIFICATE_REQUIRED' });
  });
  it('refuses an auditor who is one of the assistance experts with IMPARTIALITY_CONFLICT', () => {
    expect(
      decide('certify', {
        facts: { assistanceExpertIds: ['expert-1', 'expert-2'] },
        payload: { certificateNumber: 'C-1', auditorUserIds: ['auditor-1', 'expert-2'] },
      }),
    ).toEqual({ ok: false, code: 'IMPARTIALITY_CONFLICT', field: 'auditorUserIds', detail: 'expert-2' });
  });
  it('accepts auditors who did not assist the enterprise', () => {
    expect(
      decide('certify', {
        facts: { assistanceExpertIds: ['expert-1'] },
        payload: {
          certificateNumber: 'C-1',
          auditorUserIds: ['auditor-1', 'auditor-2'],
          decisionMakerUserIds: ['decider-1'],
        },
      }),
    ).toEqual({ ok: true, to: 'certified', derived: {} });
  });
  const team = { auditorUserIds: ['auditor-1'], decisionMakerUserIds: ['decider-1'] };
  it('needs an audit team and decision makers: certification cannot skip the impartiality check', () => {
    expect(decide('certify', { payload: { certificateNumber: 'C-1' } })).toEqual({
      ok: false,
      code: 'AUDIT_TEAM_REQUIRED',
      field: 'auditorUserIds',
    });
    expect(decide('certify', { payload: { certificateNumber: 'C-1', auditorUserIds: [] } })).toMatchObject({
      code: 'AUDIT_TEAM_REQUIRED',
    });
    expect(decide('certify', { payload: { certificateNumber: 'C-1', auditorUserIds: ['auditor-1'] } })).toEqual({
      ok: false,
      code: 'DECISION_MAKERS_REQUIRED',
      field: 'decisionMakerUserIds',
    });
  });
  it('checks every person against the register, naming their part: auditor, decision maker, or the person recording it', () => {
    const payload = (over: object) => ({ certificateNumber: 'C-1', ...team, ...over });
    expect(decide('certify', { payload: payload({ decisionMakerUserIds: ['expert-1'] }) })).toEqual({
      ok: false,
      code: 'DECISION_MAKER_IMPARTIALITY_CONFLICT',
      field: 'decisionMakerUserIds',
      detail: 'expert-1',
    });
    // barred by the register (another campaign, cooling-off) rather than by this participation
    expect(decide('certify', { facts: { barredUserIds: ['decider-1'] }, payload: payload({}) })).toMatchObject({
      code: 'DECISION_MAKER_IMPARTIALITY_CONFLICT',
      detail: 'decider-1',
    });
    expect(decide('certify', { facts: { barredUserIds: ['auditor-1'] }, payload: payload({}) })).toMatchObject({
      code: 'IMPARTIALITY_CONFLICT',
      field: 'auditorUserIds',
    });
    // the assisting expert acting through a manager membership is the same person
    expect(decide('certify', { role: 'cb_manager', facts: { actorUserId: 'expert-1' }, payload: payload({}) })).toEqual(
      { ok: false, code: 'CERTIFIER_IMPARTIALITY_CONFLICT', field: 'actor', detail: 'expert-1' },
    );
    expect(
      decide('certify', { role: 'cb_manager', facts: { actorUserId: 'manager-1' }, payload: payload({}) }),
    ).toMatchObject({ ok: true });
  });
  it('takes the audit team and decision makers only from the certifying body', () => {
    expect(
      decide('certify', { payload: { certificateNumber: 'C-1', ...team, decisionMakerUserIds: ['outsider'] } }),
    ).toEqual({ ok: false, code: 'CERTIFIER_NOT_OF_BODY', field: 'decisionMakerUserIds', detail: 'outsider' });
    expect(
      decide('certify', { payload: { certificateNumber: 'C-1', ...team, auditorUserIds: ['outsider'] } }),
    ).toMatchObject({ code: 'CERTIFIER_NOT_OF_BODY', field: 'auditorUserIds' });
  });
  it('refuses a certificate issued tomorrow and accepts one issued today', () => {
    expect(
      decide('certify', { payload: { certificateNumber: 'C-1', ...team, certificateIssuedOn: TOMORROW } }),
    ).toMatchObject({
      code: 'DATE_IN_FUTURE',
      field: 'certificateIssuedOn',
    });
    expect(
      decide('certify', { payload: { certificateNumber: 'C-1', ...team, certificateIssuedOn: TODAY } }),
    ).toMatchObject({ ok: true });
  });
});

describe('close (seed 003 §6.11)', () => {
  it('closes from evaluated (certification skipped)', () => {
    expect(decide('close', { stage: 'evaluated' })).toEqual({ ok: true, to: 'closed', derived: {} });
  });
  it('closes from certified', () => {
    expect(decide('close', { stage: 'certified' })).toEqual({ ok: true, to: 'closed', derived: {} });
  });
  it('does not close from reviewed', () => {
    expect(decide('close', { stage: 'reviewed' })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });
  it('003 §6.9.7: a 不合格 enterprise closes only with its action plan', () => {
    expect(decide('close', { stage: 'evaluated', facts: { actionPlan: { grade: 'fail', recorded: false } } })).toEqual({
      ok: false,
      code: 'ACTION_PLAN_REQUIRED',
      field: 'actionPlan',
      detail: undefined,
    });
    expect(
      decide('close', { stage: 'evaluated', facts: { actionPlan: { grade: 'fail', recorded: true } } }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      decide('close', { stage: 'evaluated', facts: { actionPlan: { grade: 'pass', recorded: false } } }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('screen and select with the intake facts', () => {
  it('screen needs a complete screening', () => {
    expect(decide('screen', { facts: { screeningOutcome: null } })).toMatchObject({
      ok: false,
      code: 'SCREENING_INCOMPLETE',
    });
    expect(decide('screen', { facts: { screeningOutcome: 'undetermined' } })).toMatchObject({
      ok: false,
      code: 'SCREENING_INCOMPLETE',
    });
    expect(decide('screen', { facts: { screeningOutcome: 'eligible' } })).toMatchObject({ ok: true, to: 'screened' });
  });

  it('passing a screening that found the enterprise not eligible needs a recorded reason', () => {
    const ineligible = { screeningOutcome: 'ineligible' as const };
    expect(decide('screen', { facts: ineligible })).toMatchObject({
      ok: false,
      code: 'SCREENING_INELIGIBLE_REASON_REQUIRED',
      field: 'reason',
    });
    expect(decide('screen', { facts: ineligible, payload: { reason: '   ' } })).toMatchObject({
      ok: false,
      code: 'SCREENING_INELIGIBLE_REASON_REQUIRED',
    });
    expect(
      decide('screen', { facts: ineligible, payload: { reason: '营业执照已更新，经现场核实符合条件' } }),
    ).toMatchObject({ ok: true, to: 'screened' });
    // an eligible screening passes without one
    expect(decide('screen', { facts: { screeningOutcome: 'eligible' }, payload: {} })).toMatchObject({ ok: true });
  });

  it('select needs an eligible screening', () => {
    expect(decide('select', { facts: { screeningOutcome: 'ineligible' } })).toMatchObject({
      ok: false,
      code: 'SCREENING_NOT_ELIGIBLE',
    });
  });

  it('select honours the enterprise preference unless a reason is given', () => {
    expect(
      decide('select', { facts: { certificationBodyId: null, preferredBodyId: 'cb-9' }, payload: {} }),
    ).toMatchObject({ ok: true });
    expect(
      decide('select', { facts: { preferredBodyId: 'cb-9' }, payload: { certificationBodyId: 'cb-1' } }),
    ).toMatchObject({
      ok: false,
      code: 'PREFERENCE_OVERRIDE_REASON',
      field: 'reason',
    });
    expect(
      decide('select', {
        facts: { preferredBodyId: 'cb-9' },
        payload: { certificationBodyId: 'cb-1', reason: '该机构不在本地区' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('select is refused over the quota, naming the cap', () => {
    expect(decide('select', { facts: { quota: { ok: false, exceeded: '320321', limit: 5 } } })).toMatchObject({
      ok: false,
      code: 'QUOTA_EXCEEDED',
      detail: '320321:5',
    });
  });
});

describe('nextStep (the next action a list shows)', () => {
  it('names the command that moves each main-path stage forward', () => {
    const expected: Record<string, string | null> = {
      applied: 'screen',
      screened: 'select',
      selected: 'assign',
      assigned: 'confirm_diagnosis',
      diagnosed: 'agree_plan',
      plan_agreed: 'start_implementation',
      implementing: 'start_operation',
      operating: 'complete_review',
      reviewed: 'evaluate',
      evaluated: 'certify',
      certified: 'close',
      closed: null,
      rejected: null,
      withdrawn: null,
    };
    for (const stage of ALL_STAGES) expect([stage, nextStep(stage)]).toEqual([stage, expected[stage]]);
  });
  it('never names a side exit', () => {
    for (const stage of ALL_STAGES) expect(['reject', 'withdraw']).not.toContain(nextStep(stage));
  });
});
