/** The dialog's form values and their conversion into the transition request. */
import type { Dayjs } from 'dayjs';
import type { Command } from '../../../../../../domain/lifecycle/transitions.js';
import type { TransitionRequest } from '../../../../../../contracts/participations';

export interface CommandFormValues {
  reason?: string;
  certificationBodyId?: string;
  expertUserIds?: string[];
  operationStartedOn?: Dayjs | null;
  internalAuditOn?: Dayjs | null;
  managementReviewOn?: Dayjs | null;
  certificateNumber?: string;
  certificateIssuedOn?: Dayjs | null;
  certificateScope?: string;
  certificateExpiresOn?: Dayjs | null;
  auditorUserIds?: string[];
  decisionMakerUserIds?: string[];
}

const day = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
const text = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

export function toTransitionRequest(command: Command, version: number, v: CommandFormValues): TransitionRequest {
  const base: TransitionRequest = { command, version };
  switch (command) {
    case 'select':
      // a reason is needed only when the body differs from the one the enterprise chose
      return { ...base, certificationBodyId: v.certificationBodyId, reason: text(v.reason) };
    case 'screen': // a reason is asked for only when the screening found the enterprise not eligible
    case 'reject':
    case 'withdraw':
    case 'close':
      return { ...base, reason: text(v.reason) };
    case 'assign':
      // a reason is asked for only when a chosen expert breaks a hard pair rule
      return { ...base, expertUserIds: v.expertUserIds ?? [], reason: text(v.reason) };
    case 'complete_review':
      return { ...base, internalAuditOn: day(v.internalAuditOn), managementReviewOn: day(v.managementReviewOn) };
    case 'certify':
      return {
        ...base,
        certificateNumber: text(v.certificateNumber),
        certificateIssuedOn: day(v.certificateIssuedOn),
        certificateScope: text(v.certificateScope),
        certificateExpiresOn: day(v.certificateExpiresOn),
        auditorUserIds: v.auditorUserIds ?? [],
        decisionMakerUserIds: v.decisionMakerUserIds ?? [],
      };
    default:
      return base;
  }
}

/**
 * The date a stage move is recorded for, as the confirmation names it: the command's own date
 * (management review, certificate issue) or, without one, undefined (today).
 */
export function moveDateOf(command: Command, v: CommandFormValues): string | undefined {
  switch (command) {
    case 'complete_review':
      return day(v.managementReviewOn);
    case 'certify':
      return day(v.certificateIssuedOn);
    default:
      return undefined;
  }
}
