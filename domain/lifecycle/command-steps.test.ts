/**
 * The table of commands names, per command, what the server reads for the guard and what it records besides the
 * stage (ADR 0006): every guard decides on facts its command reads, no command records another's data, and
 * assistance ends exactly with a terminal stage.
 */
import { describe, expect, it } from 'vitest';
import { HARD_PAIR_RULES } from '../matching/pair-check.js';
import { COMMAND_EFFECTS, COMMAND_READS, type CommandRead } from './command-steps.js';
import { isTerminal, type Stage } from './stages.js';
import {
  COMMANDS,
  TRANSITIONS,
  decideTransition,
  type CommandPayload,
  type ParticipationFacts,
} from './transitions.js';

const TODAY = '2026-06-15';

/** Each read's facts: good (the guard passes on them) and bad (the guard of a command that needs them refuses). */
const READ_FACTS: Record<CommandRead, { good: Partial<ParticipationFacts>; bad: Partial<ParticipationFacts> }> = {
  screening: { good: { screeningOutcome: 'eligible' }, bad: { screeningOutcome: null } },
  quota: { good: { quota: { ok: true } }, bad: { quota: { ok: false, exceeded: 'total', limit: 1 } } },
  // checked by the server against the campaign's bodies, no fact for the rule
  body_in_campaign: { good: {}, bad: {} },
  proposed_experts: { good: { pairRulesBroken: {} }, bad: { pairRulesBroken: { 'expert-2': [HARD_PAIR_RULES[0]] } } },
  impartiality_register: { good: { barredUserIds: [] }, bad: { barredUserIds: ['auditor-1', 'decider-1'] } },
  people_of_body: { good: { peopleOfBody: ['auditor-1', 'decider-1'] }, bad: { peopleOfBody: [] } },
  diagnosis_confirmed: { good: { diagnosisConfirmed: true }, bad: { diagnosisConfirmed: false } },
  plan_accepted: { good: { planAccepted: true }, bad: { planAccepted: false } },
  operation_start: {
    good: { recordedOperationStartOn: TODAY, planAcceptedOn: '2026-06-01' },
    bad: { recordedOperationStartOn: null },
  },
  review_records: {
    good: { reviewRecords: { internalAuditOn: '2026-05-01', managementReviewOn: '2026-05-10', certifiedPath: false } },
    bad: { reviewRecords: null },
  },
  signed_off_evaluation: {
    good: { signedOffEvaluation: { total: 30, grade: 'good' } },
    bad: { signedOffEvaluation: null },
  },
  action_plan: {
    good: { actionPlan: { grade: 'fail', recorded: true } },
    bad: { actionPlan: { grade: 'fail', recorded: false } },
  },
};

/** A payload that satisfies every payload guard, so only the facts decide. */
const PAYLOAD: Record<(typeof COMMANDS)[number], CommandPayload> = {
  screen: {},
  select: { certificationBodyId: 'cb-1' },
  reject: { reason: '不符合小微企业条件' },
  withdraw: { reason: '企业自愿退出' },
  assign: { expertUserIds: ['expert-2'], expertLoads: { 'expert-2': 0 } },
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

function decideWith(command: (typeof COMMANDS)[number], read: (name: CommandRead) => 'good' | 'bad') {
  const rule = TRANSITIONS[command];
  const facts: ParticipationFacts = {
    stage: rule.from[0] as Stage,
    certificationBodyId: 'cb-1',
    assistanceExpertIds: ['expert-1'],
    operationStartedOn: '2026-02-01',
    screeningOutcome: null,
    preferredBodyId: null,
    quota: { ok: true },
    actorUserId: 'actor-1',
  };
  for (const name of COMMAND_READS) Object.assign(facts, READ_FACTS[name][read(name)]);
  return decideTransition({ command, role: rule.roles[0]!, facts, payload: PAYLOAD[command], today: TODAY });
}

describe('the table of commands: reads and effects', () => {
  it('names only known steps, each once per command', () => {
    for (const c of COMMANDS) {
      const { reads, effects } = TRANSITIONS[c];
      expect(
        reads.every((r) => COMMAND_READS.includes(r)),
        c,
      ).toBe(true);
      expect(
        effects.every((e) => COMMAND_EFFECTS.includes(e)),
        c,
      ).toBe(true);
      expect(new Set(reads).size, c).toBe(reads.length);
      expect(new Set(effects).size, c).toBe(effects.length);
    }
  });

  it('ends the assistance relations exactly when the command reaches a terminal stage', () => {
    for (const c of COMMANDS) {
      expect(TRANSITIONS[c].effects.includes('end_assistance'), c).toBe(isTerminal(TRANSITIONS[c].to));
    }
  });

  it('records each command’s own data in one command only', () => {
    const owners = (effect: string) => COMMANDS.filter((c) => TRANSITIONS[c].effects.some((e) => e === effect));
    expect(owners('record_body')).toEqual(['select']);
    expect(owners('record_assignment')).toEqual(['assign']);
    expect(owners('set_operation_start')).toEqual(['start_operation']);
    expect(owners('set_review_dates')).toEqual(['complete_review']);
    expect(owners('record_evaluation')).toEqual(['evaluate']);
    expect(owners('record_certificate')).toEqual(['certify']);
  });

  it('every step is used by some command', () => {
    for (const r of COMMAND_READS)
      expect(
        COMMANDS.some((c) => TRANSITIONS[c].reads.includes(r)),
        r,
      ).toBe(true);
    for (const e of COMMAND_EFFECTS)
      expect(
        COMMANDS.some((c) => TRANSITIONS[c].effects.includes(e)),
        e,
      ).toBe(true);
  });

  it('accepts every command on the facts it reads, whatever the facts it does not read say', () => {
    for (const c of COMMANDS) {
      const reads = TRANSITIONS[c].reads;
      expect(
        decideWith(c, (name) => (reads.includes(name) ? 'good' : 'bad')),
        c,
      ).toMatchObject({ ok: true });
    }
  });

  it('refuses a command when a fact it reads is against it (each read matters to its guard)', () => {
    for (const c of COMMANDS) {
      for (const read of TRANSITIONS[c].reads) {
        if (read === 'body_in_campaign') continue; // the server refuses with 404 before the rule runs
        expect(
          decideWith(c, (name) => (name === read ? 'bad' : 'good')),
          `${c} ${read}`,
        ).toMatchObject({ ok: false });
      }
    }
  });
});
