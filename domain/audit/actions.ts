/**
 * Every action and object type the audit trail can hold (R19, R21). The trail's writers take their action from
 * this list (the type), so a new action cannot be written without being listed here, and the locale catalogs
 * label each one (actions.test.ts), so the audit administrator never reads a raw code.
 */
import { COMMANDS } from '../lifecycle/transitions.js';
import { PLAN_ACTIONS } from '../plans/plan.js';

const FIXED_ACTIONS = [
  'access.denied',
  'access.denied_overflow',
  'access.denied_repeated',
  'account.activate',
  'account.create',
  'account.disable',
  'account.enable',
  'account.end_sessions',
  'account.import',
  'account.import_errors',
  'account.invite',
  'account.move',
  'account.onboard_enterprise',
  'account.reset_completed',
  'account.reset_password',
  'account.update',
  'admin.unlock',
  'assignment.proposal.confirm',
  'assignment.proposal.edit',
  'assignment.proposal.run',
  'audit.export',
  'audit.read_entries',
  'audit.verify',
  'auth.change_password',
  'auth.lock',
  'auth.login',
  'auth.logout',
  'auth.switch_membership',
  'body.register',
  'campaign.create',
  'campaign.kick_off',
  'campaign.select_body',
  'campaign.update',
  'diagnosis.confirm',
  'diagnosis.download_docx',
  'diagnosis.issue',
  'evaluation.download_docx',
  'evaluation.form_panel',
  'evaluation.reopen',
  'evaluation.save_sheet',
  'evaluation.sign_off',
  'expert.profile.create',
  'expert.profile.update',
  'file.download',
  'internal_audit.complete',
  'internal_audit.download_docx',
  'internal_audit.finding',
  'internal_audit.nc_step',
  'internal_audit.save',
  'management_review.download_docx',
  'management_review.improvement',
  'management_review.record',
  'management_review.verify_certified',
  'file.upload',
  'implementation.issue',
  'implementation.issue_resolve',
  'implementation.operation_start',
  'implementation.record',
  'implementation.team',
  'organization.create',
  'qms_document.copy_outline',
  'qms_document.create',
  'qms_document.download_docx',
  'qms_document.edit',
  'qms_document.not_applicable',
  'qms_document.revise',
  'qms_document.status',
  'qms_document.withdraw_not_applicable',
  'participation.apply',
  'participation.correct_figures',
  'participation.reassign',
  'participation.reveal_contact',
  'participation.unwaitlist',
  'participation.waitlist',
  'plan.download_docx',
  'plan.save',
  'platform.bootstrap_admin',
  'roster.download_errors',
  'roster.export',
  'roster.import',
  'screening.record',
  'survey.complete',
  'survey.save',
  'training.attendance_add',
  'training.attendance_remove',
  'training.download_docx',
  'training.enrol',
  'training.import',
  'training.session_create',
  'training.session_update',
  'working_group.create',
  'working_group.update',
] as const;

/** The stage commands (ADR 0006) and the plan's review steps are written as `participation.<command>`, `plan.<step>`. */
export const AUDIT_ACTIONS = [
  ...FIXED_ACTIONS,
  ...COMMANDS.map((c) => `participation.${c}` as const),
  ...PLAN_ACTIONS.map((a) => `plan.${a}` as const),
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** What an entry is about; its id is resolved to a name for the reader where the object has one. */
export const AUDIT_OBJECT_TYPES = [
  'account_import',
  'audit_trail',
  'campaign',
  'enterprise',
  'file',
  'membership',
  'organization',
  'participation',
  'roster_import',
  'training_session',
  'route',
  'user',
  'working_group',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
