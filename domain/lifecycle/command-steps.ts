/**
 * The steps around a stage command's rule (ADR 0006), by name: what the server reads before the guard decides,
 * and what it writes besides the new stage once the guard accepts. The table of commands (TRANSITIONS in
 * transitions.ts) names them per command; the server maps each name to one repository call, so a new stage is one
 * entry of the table (and a new step one entry of each map).
 */

/** What a command's guard needs read from the database (each fills facts of ParticipationFacts or refuses). */
export const COMMAND_READS = [
  /** The screening's outcome (ADR 0009): screen and select need it complete, select eligible. */
  'screening',
  /** Whether one more selection stays within the campaign's regional quotas (001 遴选). */
  'quota',
  /** The chosen certification body takes part in the campaign (else 404 on certificationBodyId). */
  'body_in_campaign',
  /** The proposed experts are the body's assistance experts, and the hard pair rules each would break (ADR 0013). */
  'proposed_experts',
  /** People the impartiality register bars from the enterprise today (seed 000 §三). */
  'impartiality_register',
  /** Which of the named auditors and decision makers are people of the certifying body. */
  'people_of_body',
  /** The enterprise confirmed the diagnosis report (003 §6.5.8; ADR 0014). */
  'diagnosis_confirmed',
  /** The enterprise accepted a version of the plan (003 §6.6.2). */
  'plan_accepted',
  /** start_operation: the recorded operation start and the day the plan was first accepted (000 §二(4)). */
  'operation_start',
  /** complete_review: the completed internal audit and the held management review, or the certified path's verification. */
  'review_records',
  /** The panel leader signed off the Annex C evaluation (003 §6.9.5–6.9.6): its total and grade. */
  'signed_off_evaluation',
  /** close: the evaluation grade and whether the improvement and innovation action plan is recorded (003 §6.9.7). */
  'action_plan',
] as const;
export type CommandRead = (typeof COMMAND_READS)[number];

/** What an accepted command records besides its stage, version and event (each one repository write). */
export const COMMAND_EFFECTS = [
  /** select: the certification body chosen (the bureau's, else the one already set, else the preferred one). */
  'record_body',
  /** assign: the assistance relations from today, and each hard rule given way to in the impartiality report. */
  'record_assignment',
  /** start_operation: the day the management system began operating (000 §二(4)). */
  'set_operation_start',
  /** complete_review: the internal audit and management review dates, from their records (000 §二(4)–(5)). */
  'set_review_dates',
  /** evaluate: the signed-off evaluation's Annex C total and grade. */
  'record_evaluation',
  /** certify: the certificate number and issue date (default today). */
  'record_certificate',
  /** A terminal stage: the current assistance relations end today; the register keeps their dates. */
  'end_assistance',
] as const;
export type CommandEffect = (typeof COMMAND_EFFECTS)[number];
