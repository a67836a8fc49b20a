/**
 * Stage transitions as explicit commands with guards (ADR 0006).
 * Each rule names who may run it and what must already hold; the server supplies the facts
 * it read from the database, and records the accepted transition in the trail.
 */
import { certificateDatesProblem } from '../certification/certification.js';
import type { Role } from '../access/roles.js';
import type { ErrorCode } from '../errors/codes.js';
import { type Stage, MAIN_PATH, isTerminal, mainPathIndex } from './stages.js';
import { hasOperatedLongEnough, operationCompleteOn } from './operation-period.js';
import { operationStartProblem } from '../implementation/implementation.js';
import type { Grade } from '../evaluation/grade.js';
import { actionPlanRequired } from '../evaluation/enterprise-side.js';
import type { QuotaCheck } from '../intake/quota.js';
import type { HardPairRule } from '../matching/pair-check.js';
import type { CommandEffect, CommandRead } from './command-steps.js';

export const COMMANDS = [
  'screen',
  'select',
  'reject',
  'withdraw',
  'assign',
  'confirm_diagnosis',
  'agree_plan',
  'start_implementation',
  'start_operation',
  'complete_review',
  'evaluate',
  'certify',
  'close',
] as const;
export type Command = (typeof COMMANDS)[number];

interface TransitionRule {
  command: Command;
  from: ReadonlyArray<Stage>;
  to: Stage;
  roles: ReadonlyArray<Role>;
  /** The seed clause the step comes from. */
  clause: string;
  /** What the server reads for the guard before deciding (command-steps.ts), in this order. */
  reads: ReadonlyArray<CommandRead>;
  /** What the server records besides the stage once the guard accepts (command-steps.ts), in this order. */
  effects: ReadonlyArray<CommandEffect>;
}

const ACTIVE_STAGES = MAIN_PATH.filter((s) => !isTerminal(s) && s !== 'certified' && s !== 'evaluated');
const CB: Role[] = ['cb_admin', 'cb_manager'];

export const TRANSITIONS: Record<Command, TransitionRule> = {
  screen: {
    command: 'screen',
    from: ['applied'],
    to: 'screened',
    roles: ['bureau_officer'],
    clause: '003 §6.2.3',
    reads: ['screening'],
    effects: [],
  },
  select: {
    command: 'select',
    from: ['screened'],
    to: 'selected',
    roles: ['bureau_officer'],
    clause: '003 §6.2.3; 001 遴选',
    reads: ['screening', 'quota', 'body_in_campaign'],
    effects: ['record_body'],
  },
  reject: {
    command: 'reject',
    from: ['applied', 'screened'],
    to: 'rejected',
    roles: ['bureau_officer'],
    clause: '003 §6.2.3',
    reads: [],
    effects: ['end_assistance'],
  },
  withdraw: {
    command: 'withdraw',
    from: ACTIVE_STAGES,
    to: 'withdrawn',
    roles: ['bureau_officer', 'enterprise_contact'],
    clause: '001 §三 (自愿参与)',
    reads: [],
    effects: ['end_assistance'],
  },
  assign: {
    command: 'assign',
    from: ['selected'],
    to: 'assigned',
    roles: CB,
    clause: '000 §一; 001 附件 §一',
    reads: ['proposed_experts'],
    effects: ['record_assignment'],
  },
  confirm_diagnosis: {
    command: 'confirm_diagnosis',
    from: ['assigned'],
    to: 'diagnosed',
    roles: ['enterprise_contact'],
    clause: '003 §6.5.8, 附录 B.1',
    reads: ['diagnosis_confirmed'],
    effects: [],
  },
  agree_plan: {
    command: 'agree_plan',
    from: ['diagnosed'],
    to: 'plan_agreed',
    roles: ['enterprise_contact'],
    clause: '003 §6.6.2',
    reads: ['plan_accepted'],
    effects: [],
  },
  start_implementation: {
    command: 'start_implementation',
    from: ['plan_agreed'],
    to: 'implementing',
    roles: ['assistance_expert', ...CB],
    clause: '003 §6.7',
    reads: [],
    effects: [],
  },
  start_operation: {
    command: 'start_operation',
    from: ['implementing'],
    to: 'operating',
    roles: ['assistance_expert', ...CB],
    clause: '000 §二(4); 003 §6.7.2.4',
    reads: ['operation_start'],
    effects: ['set_operation_start'],
  },
  complete_review: {
    command: 'complete_review',
    from: ['operating'],
    to: 'reviewed',
    // the review is the enterprise's own (top management), recorded by its contact or its assistance side
    roles: ['assistance_expert', ...CB, 'enterprise_contact'],
    clause: '000 §二(4)–(5); 003 §6.8.1',
    reads: ['review_records'],
    effects: ['set_review_dates'],
  },
  evaluate: {
    command: 'evaluate',
    from: ['reviewed'],
    to: 'evaluated',
    roles: ['evaluation_expert'],
    clause: '003 §6.9',
    reads: ['signed_off_evaluation'],
    effects: ['record_evaluation'],
  },
  certify: {
    command: 'certify',
    from: ['evaluated'],
    to: 'certified',
    roles: CB,
    clause: '002 step 9; 000 §三',
    reads: ['impartiality_register', 'people_of_body'],
    effects: ['record_certificate'],
  },
  close: {
    command: 'close',
    from: ['evaluated', 'certified'],
    to: 'closed',
    roles: ['bureau_officer'],
    clause: '003 §6.11; §6.9.7',
    reads: ['action_plan'],
    effects: ['end_assistance'],
  },
};

/** What the server read about the participation before the command. */
export interface ParticipationFacts {
  stage: Stage;
  certificationBodyId: string | null;
  assistanceExpertIds: ReadonlyArray<string>;
  operationStartedOn: string | null;
  /** The screening's outcome (domain/intake/screening); null when nothing was recorded. */
  screeningOutcome: 'eligible' | 'ineligible' | 'undetermined' | null;
  /** The certification body the enterprise asked for, if any (enterprises choose freely). */
  preferredBodyId: string | null;
  /** Would one more selection in this enterprise's region stay within the campaign's quotas? */
  quota: QuotaCheck;
  /** People barred today by the impartiality register (any campaign, cooling-off included). */
  barredUserIds?: ReadonlyArray<string>;
  /** The person running the command (one person may hold several memberships and roles). */
  actorUserId?: string;
  /** certify: which of the named auditors and decision makers are people of the certifying body. */
  peopleOfBody?: ReadonlyArray<string>;
  /** certify: the body that certifies — the applied-for one, else the assisting one (domain/certification). */
  certifyingBodyId?: string | null;
  /** The enterprise confirmed the current diagnosis report (003 §6.5.8, B.1). */
  diagnosisConfirmed?: boolean;
  /** The enterprise accepted a version of the plan (003 §6.6.2). */
  planAccepted?: boolean;
  /** start_operation: the start date recorded by the implementation records (000 §二(4)), if any. */
  recordedOperationStartOn?: string | null;
  /** start_operation: the day the enterprise first accepted a version of the plan (003 §6.6.2). */
  planAcceptedOn?: string | null;
  /**
   * complete_review: the dates the records give (000 §二(4)–(5)): the completed internal audit's start and the held
   * management review, or the certified enterprise's verified audit and review; null when neither is recorded.
   */
  reviewRecords?: { internalAuditOn: string; managementReviewOn: string; certifiedPath: boolean } | null;
  /** assign: the hard pair rules (domain/matching/pair-check) each proposed expert would break. */
  pairRulesBroken?: Readonly<Record<string, ReadonlyArray<HardPairRule>>>;
  /** evaluate: the panel's signed-off Annex C result (003 §6.9.5–6.9.6), null while none is signed off. */
  signedOffEvaluation?: { total: number; grade: Grade } | null;
  /** close: the evaluation grade recorded and whether the improvement and innovation action plan exists (003 §6.9.7). */
  actionPlan?: { grade: Grade | null; recorded: boolean };
}

/** The command's own data, already shape-checked at the edge. */
export interface CommandPayload {
  reason?: string;
  certificationBodyId?: string;
  expertUserIds?: string[];
  /** Enterprises each proposed expert already assists (seed 000 §一 capacity). */
  expertLoads?: Record<string, number>;
  /** Each expert's capacity from their profile (default EXPERT_CAPACITY). */
  expertCapacities?: Record<string, number>;
  operationStartedOn?: string;
  internalAuditOn?: string;
  managementReviewOn?: string;
  certificateNumber?: string;
  certificateIssuedOn?: string;
  /** certify: the certificate's scope and expiry (domain/certification). */
  certificateScope?: string;
  certificateExpiresOn?: string;
  /** certify: the audit team (17021-1 §9.2) and the people who decide (§9.5); both required. */
  auditorUserIds?: string[];
  decisionMakerUserIds?: string[];
}

interface TransitionRefusal {
  ok: false;
  code: ErrorCode;
  field?: string;
  detail?: string;
}

interface TransitionAcceptance {
  ok: true;
  to: Stage;
  /** Derived values the server stores (e.g. the evaluation score and grade). */
  derived: { evaluationScore?: number; evaluationGrade?: Grade };
}

/** Seed 000 §一: "每名帮扶专家帮扶1-2家企业". */
export const EXPERT_CAPACITY = 2;

/** The commands this role could run now at this stage (guards on data aside). */
export function permittedCommands(stage: Stage, role: Role): Command[] {
  return COMMANDS.filter((c) => TRANSITIONS[c].from.includes(stage) && TRANSITIONS[c].roles.includes(role));
}

/**
 * Commands that follow from a record rather than a button: confirming the diagnosis report and
 * accepting the plan run them (ADR 0014), so the command bar does not offer them on their own.
 */
const RECORD_DRIVEN_COMMANDS: ReadonlyArray<Command> = [
  'confirm_diagnosis',
  'agree_plan',
  'start_operation',
  'complete_review',
];

/**
 * Commands the generic transition endpoint refuses: only their record runs them (000 §二(4): operation starts on a
 * recorded date, through the implementation records).
 */
export const RECORD_ONLY_COMMANDS: ReadonlyArray<Command> = ['start_operation', 'complete_review'];

/** What the generic endpoint answers for a record-only command: the record that runs it. */
export const RECORD_REQUIRED: Partial<Record<Command, ErrorCode>> = {
  start_operation: 'OPERATION_START_RECORD_REQUIRED',
  // 000 §二(4)–(5): the audit and review complete through the recorded management review (or the verification)
  complete_review: 'REVIEW_RECORD_REQUIRED',
};

/** The command bar's buttons for this role at this stage. */
export function availableCommands(stage: Stage, role: Role): Command[] {
  return permittedCommands(stage, role).filter((c) => !RECORD_DRIVEN_COMMANDS.includes(c));
}

/**
 * The step that moves a participation forward on the main path from this stage (000 §二; 003 §6.2–6.11),
 * whoever runs it: the nearest next main-path stage any command reaches (so evaluated → certify, the
 * optional certification before closing). Null at the end and at the side exits. Lists show it as the
 * next action.
 */
export function nextStep(stage: Stage): Command | null {
  const at = mainPathIndex(stage);
  if (at < 0 || isTerminal(stage)) return null;
  let best: { command: Command; index: number } | null = null;
  for (const command of COMMANDS) {
    const rule = TRANSITIONS[command];
    const index = mainPathIndex(rule.to);
    if (!rule.from.includes(stage) || index <= at) continue;
    if (!best || index < best.index) best = { command, index };
  }
  return best?.command ?? null;
}

function refuse(code: ErrorCode, field?: string, detail?: string): TransitionRefusal {
  return { ok: false, code, field, detail };
}

/**
 * Decide one transition. `today` is the caller's calendar date (YYYY-MM-DD) from the injected clock.
 */
export function decideTransition(input: {
  command: Command;
  role: Role;
  facts: ParticipationFacts;
  payload: CommandPayload;
  today: string;
}): TransitionAcceptance | TransitionRefusal {
  const { command, role, facts, payload, today } = input;
  const rule = TRANSITIONS[command];
  if (!rule.from.includes(facts.stage)) return refuse('ILLEGAL_TRANSITION', 'stage', facts.stage);
  if (!rule.roles.includes(role)) return refuse('TRANSITION_ROLE_FORBIDDEN', 'role');

  switch (command) {
    case 'reject':
    case 'withdraw':
      if (!payload.reason?.trim()) return refuse('REASON_REQUIRED', 'reason');
      break;
    case 'screen':
      // screening is complete when every required item has a result (ADR 0009)
      if (facts.screeningOutcome === null || facts.screeningOutcome === 'undetermined')
        return refuse('SCREENING_INCOMPLETE', 'screening');
      // 003 §6.2.3 初审: passing an enterprise its screening finds 不符合条件 is the bureau's call, on a recorded reason
      if (facts.screeningOutcome === 'ineligible' && !payload.reason?.trim())
        return refuse('SCREENING_INELIGIBLE_REASON_REQUIRED', 'reason');
      break;
    case 'select': {
      if (facts.screeningOutcome !== 'eligible') return refuse('SCREENING_NOT_ELIGIBLE', 'screening');
      const body = payload.certificationBodyId ?? facts.certificationBodyId ?? facts.preferredBodyId;
      if (!body) return refuse('CERTIFICATION_BODY_REQUIRED', 'certificationBodyId');
      // the enterprise's own choice of body is honoured unless the bureau records why not
      if (facts.preferredBodyId && body !== facts.preferredBodyId && !payload.reason?.trim()) {
        return refuse('PREFERENCE_OVERRIDE_REASON', 'reason');
      }
      if (!facts.quota.ok) return refuse('QUOTA_EXCEEDED', 'quota', `${facts.quota.exceeded}:${facts.quota.limit}`);
      break;
    }
    case 'assign': {
      const experts = payload.expertUserIds ?? [];
      if (experts.length === 0) return refuse('EXPERT_REQUIRED', 'expertUserIds');
      for (const id of experts) {
        const capacity = payload.expertCapacities?.[id] ?? EXPERT_CAPACITY;
        // a hard rule: broken only with a recorded reason (ADR 0024)
        if ((payload.expertLoads?.[id] ?? 0) >= capacity && !payload.reason?.trim())
          return refuse('EXPERT_CAPACITY_EXCEEDED', 'expertUserIds', id);
      }
      // 000 §一 专业对口, declared conflicts, availability: the rules a proposal's pair keeps (ADR 0013),
      // broken only with a recorded reason; detail lists the rule codes for the server to name them
      const broken = [...new Set(experts.flatMap((id) => facts.pairRulesBroken?.[id] ?? []))];
      if (broken.length > 0 && !payload.reason?.trim())
        return refuse('ASSIGNMENT_OVERRIDE_REASON_REQUIRED', 'reason', broken.join(','));
      break;
    }
    case 'confirm_diagnosis':
      // "diagnosed" means a confirmed report, recorded through the diagnosis confirmation (003 §6.5.8; ADR 0014)
      if (!facts.diagnosisConfirmed) return refuse('DIAGNOSIS_NOT_CONFIRMED');
      break;
    case 'agree_plan':
      if (!facts.planAccepted) return refuse('PLAN_NOT_ACCEPTED');
      break;
    case 'start_operation': {
      // 000 §二(4): the guard reads the recorded start, not a date sent with the command
      if (!facts.recordedOperationStartOn) return refuse('OPERATION_START_RECORD_REQUIRED', 'operationStartedOn');
      const problem = operationStartProblem({
        startedOn: facts.recordedOperationStartOn,
        planAcceptedOn: facts.planAcceptedOn ?? null,
        today,
      });
      if (problem) return refuse(problem.code, problem.field, problem.detail);
      break;
    }
    case 'complete_review': {
      // 000 §二(4)–(5): the guard reads the records (domain/management-review checked them when they were made)
      if (!facts.operationStartedOn) return refuse('OPERATION_NOT_STARTED');
      if (!facts.reviewRecords) return refuse('REVIEW_RECORD_REQUIRED', 'managementReviewOn');
      const { internalAuditOn, managementReviewOn } = facts.reviewRecords;
      if (internalAuditOn > today) return refuse('DATE_IN_FUTURE', 'internalAuditOn');
      if (managementReviewOn > today) return refuse('DATE_IN_FUTURE', 'managementReviewOn');
      // a certified enterprise's own audit of this year is verified, not timed against the platform's operation start
      if (!facts.reviewRecords.certifiedPath && !hasOperatedLongEnough(facts.operationStartedOn, internalAuditOn)) {
        return refuse('OPERATION_PERIOD_TOO_SHORT', 'internalAuditOn', operationCompleteOn(facts.operationStartedOn));
      }
      if (managementReviewOn < internalAuditOn) return refuse('DATE_ORDER', 'managementReviewOn');
      break;
    }
    case 'evaluate': {
      // 003 §6.9.5: the stage is reached only through the panel's signed-off C.1 evaluation
      const result = facts.signedOffEvaluation;
      if (!result) return refuse('EVALUATION_NOT_SIGNED_OFF', 'evaluation');
      return { ok: true, to: rule.to, derived: { evaluationScore: result.total, evaluationGrade: result.grade } };
    }
    case 'certify': {
      if (!payload.certificateNumber?.trim()) return refuse('CERTIFICATE_REQUIRED', 'certificateNumber');
      if (payload.certificateIssuedOn && payload.certificateIssuedOn > today)
        return refuse('DATE_IN_FUTURE', 'certificateIssuedOn');
      // 17021-1 §9.1.3 (domain/certification): expiry after the issue, at most three years after it
      if (payload.certificateExpiresOn) {
        const issuedOn = payload.certificateIssuedOn ?? today;
        const dates = certificateDatesProblem({ issuedOn, expiresOn: payload.certificateExpiresOn, today });
        if (dates) return refuse(dates.code, dates.field, dates.detail);
      }
      const auditors = payload.auditorUserIds ?? [];
      const deciders = payload.decisionMakerUserIds ?? [];
      if (auditors.length === 0) return refuse('AUDIT_TEAM_REQUIRED', 'auditorUserIds');
      // Seed 000 §三 (帮扶专家不得进审核组及参与认证决定): checked by person, whatever membership or role
      // they act in — the audit team, the decision makers and whoever records the decision
      const assisted = (id: string) =>
        facts.assistanceExpertIds.includes(id) || Boolean(facts.barredUserIds?.includes(id));
      const auditor = auditors.find(assisted);
      if (auditor) return refuse('IMPARTIALITY_CONFLICT', 'auditorUserIds', auditor);
      const decider = deciders.find(assisted);
      if (decider) return refuse('DECISION_MAKER_IMPARTIALITY_CONFLICT', 'decisionMakerUserIds', decider);
      if (facts.actorUserId && assisted(facts.actorUserId))
        return refuse('CERTIFIER_IMPARTIALITY_CONFLICT', 'actor', facts.actorUserId);
      if (deciders.length === 0) return refuse('DECISION_MAKERS_REQUIRED', 'decisionMakerUserIds');
      for (const [field, ids] of [
        ['auditorUserIds', auditors],
        ['decisionMakerUserIds', deciders],
      ] as const) {
        const stranger = ids.find((id) => !facts.peopleOfBody?.includes(id));
        if (stranger) return refuse('CERTIFIER_NOT_OF_BODY', field, stranger);
      }
      break;
    }
    case 'close':
      // 003 §6.9.7: a 不合格 enterprise closes only once its improvement and innovation action plan is recorded
      if (facts.actionPlan && actionPlanRequired(facts.actionPlan.grade) && !facts.actionPlan.recorded)
        return refuse('ACTION_PLAN_REQUIRED', 'actionPlan');
      break;
    default:
      break;
  }
  return { ok: true, to: rule.to, derived: {} };
}
