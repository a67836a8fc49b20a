/**
 * Certification (optional; 002 step 9, 003 §6.9.9): the enterprise's application to a body of its choice, the
 * certificate, and its surveillance (跟踪监督).
 *
 * The reference facts (/work/shared/reference/) say the enterprise freely chooses its body ("支持企业自主选择第三方
 * 机构", campaign-facts.md §4) and that bodies keep to impartiality; they are silent on validity and surveillance.
 * Chosen here (ADR 0024 keeps the person checks): the certification cycle of ISO/IEC 17021-1 §9.1.3 — a certificate
 * is valid for at most three years — and surveillance at least once a year, the first within 12 months of the
 * issue (certification decision), each next within 12 months of the previous one held (17021-1 §9.6.2.2).
 */
import type { ErrorCode } from '../errors/codes.js';
import { isIsoDate } from '../dates/iso-date.js';
import { operationCompleteOn } from '../lifecycle/operation-period.js';

/** The standard the campaign certifies against (003 §6.9.9). */
export const CERTIFICATION_STANDARD = 'GB/T 19001-2016';
/** 17021-1 §9.1.3: a certification cycle is three years. */
export const MAX_VALIDITY_MONTHS = 36;
/** 17021-1 §9.6.2.2: a surveillance audit at least once a calendar year, within 12 months of the previous. */
export const SURVEILLANCE_INTERVAL_MONTHS = 12;

export const SURVEILLANCE_RESULTS = ['maintained', 'suspended', 'withdrawn'] as const;
export type SurveillanceResult = (typeof SURVEILLANCE_RESULTS)[number];

export interface Problem {
  code: ErrorCode;
  field: string;
  detail?: string;
}

const blank = (s: string | null | undefined) => !s?.trim();

/** The last day a certificate issued on `issuedOn` may still be valid: issue + 36 months. */
export function latestExpiryOn(issuedOn: string): string {
  return operationCompleteOn(issuedOn, MAX_VALIDITY_MONTHS);
}

/** The default expiry when the body gives none: the full cycle (issue + 3 years − 0 days, as 17021-1 allows). */
export function defaultExpiryOn(issuedOn: string): string {
  return latestExpiryOn(issuedOn);
}

/** A certificate's dates: expiry after issue, at most three years after it (17021-1 §9.1.3); issue not in the future. */
export function certificateDatesProblem(input: { issuedOn: string; expiresOn: string; today: string }): Problem | null {
  if (!isIsoDate(input.issuedOn)) return { code: 'DATE_INVALID', field: 'certificateIssuedOn' };
  if (!isIsoDate(input.expiresOn)) return { code: 'DATE_INVALID', field: 'certificateExpiresOn' };
  if (input.issuedOn > input.today) return { code: 'DATE_IN_FUTURE', field: 'certificateIssuedOn' };
  if (input.expiresOn <= input.issuedOn) return { code: 'DATE_ORDER', field: 'certificateExpiresOn' };
  if (input.expiresOn > latestExpiryOn(input.issuedOn))
    return {
      code: 'CERTIFICATE_VALIDITY_TOO_LONG',
      field: 'certificateExpiresOn',
      detail: latestExpiryOn(input.issuedOn),
    };
  return null;
}

/** An existing certificate (an enterprise already certified, 000 §二(5)): number, body, dates; it may have expired. */
export function existingCertificateProblem(input: {
  certificateNumber: string;
  bodyName: string;
  issuedOn: string;
  expiresOn: string;
  nextAuditOn: string;
  today: string;
}): Problem | null {
  if (blank(input.certificateNumber)) return { code: 'CERTIFICATE_REQUIRED', field: 'certificateNumber' };
  if (blank(input.bodyName)) return { code: 'REQUIRED', field: 'bodyName' };
  const dates = certificateDatesProblem({ issuedOn: input.issuedOn, expiresOn: input.expiresOn, today: input.today });
  if (dates) return { ...dates, field: dates.field === 'certificateIssuedOn' ? 'issuedOn' : 'expiresOn' };
  // the next surveillance or the recertification falls within the certificate's life
  if (!isIsoDate(input.nextAuditOn)) return { code: 'DATE_INVALID', field: 'nextAuditOn' };
  if (input.nextAuditOn <= input.issuedOn || input.nextAuditOn > input.expiresOn)
    return { code: 'DATE_ORDER', field: 'nextAuditOn' };
  return null;
}

/**
 * Who certifies (002 step 9; campaign-facts §4 the enterprise chooses): with an application, only the applied-for body;
 * without one, the assisting body (the command as it was).
 */
export function certifyingBody(input: {
  appliedBodyId: string | null;
  assistingBodyId: string | null;
  actorBodyId: string | null;
}): { ok: true; bodyId: string | null } | { ok: false; problem: Problem } {
  const bodyId = input.appliedBodyId ?? input.assistingBodyId;
  if (input.appliedBodyId && input.actorBodyId !== input.appliedBodyId)
    return { ok: false, problem: { code: 'CERTIFICATION_BODY_NOT_APPLIED_FOR', field: 'certificationBodyId' } };
  return { ok: true, bodyId };
}

export interface HeldSurveillance {
  heldOn: string;
  result: SurveillanceResult;
}

export interface SurveillanceState {
  /** The date by which the next surveillance is due; null when the certificate is suspended/withdrawn or the cycle ends. */
  nextDueOn: string | null;
  /** 'recertification' when the next due date is the certificate's expiry. */
  nextKind: 'surveillance' | 'recertification' | null;
  status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
  overdue: boolean;
}

/**
 * 17021-1 §9.6.2.2: each surveillance is due within 12 months of the previous (the first of the issue); once the next
 * twelve months reach the expiry, the recertification is what is due, by the expiry. A withdrawn certificate ends
 * the follow-up; a suspended one is followed by the next surveillance that lifts or withdraws it (due as usual).
 */
export function surveillanceState(input: {
  issuedOn: string;
  expiresOn: string;
  held: ReadonlyArray<HeldSurveillance>;
  today: string;
}): SurveillanceState {
  const held = [...input.held].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const last = held[held.length - 1];
  if (last?.result === 'withdrawn') return { nextDueOn: null, nextKind: null, status: 'withdrawn', overdue: false };
  if (input.today > input.expiresOn) return { nextDueOn: null, nextKind: null, status: 'expired', overdue: false };
  const from = last?.heldOn ?? input.issuedOn;
  const next = operationCompleteOn(from, SURVEILLANCE_INTERVAL_MONTHS);
  const recertification = next >= input.expiresOn;
  const nextDueOn = recertification ? input.expiresOn : next;
  return {
    nextDueOn,
    nextKind: recertification ? 'recertification' : 'surveillance',
    status: last?.result === 'suspended' ? 'suspended' : 'valid',
    // due "within 12 months": the due day itself is still on time
    overdue: input.today > nextDueOn,
  };
}

/** A surveillance held: on a real date, after the issue (and the last one), not in the future, within the validity. */
export function surveillanceProblem(input: {
  heldOn: string;
  result: string;
  issuedOn: string;
  expiresOn: string;
  lastHeldOn: string | null;
  lastResult: SurveillanceResult | null;
  today: string;
}): Problem | null {
  if (!isIsoDate(input.heldOn)) return { code: 'DATE_INVALID', field: 'heldOn' };
  if (!(SURVEILLANCE_RESULTS as ReadonlyArray<string>).includes(input.result))
    return { code: 'REQUIRED', field: 'result' };
  if (input.heldOn > input.today) return { code: 'DATE_IN_FUTURE', field: 'heldOn' };
  if (input.heldOn <= input.issuedOn || input.heldOn > input.expiresOn) return { code: 'DATE_ORDER', field: 'heldOn' };
  if (input.lastHeldOn && input.heldOn <= input.lastHeldOn) return { code: 'DATE_ORDER', field: 'heldOn' };
  if (input.lastResult === 'withdrawn') return { code: 'CERTIFICATE_WITHDRAWN', field: 'result' };
  return null;
}
