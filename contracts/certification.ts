/**
 * Certification (optional; 002 step 9, 003 §6.9.9): the enterprise applies to a registered body of its choice for
 * GB/T 19001-2016; that body certifies (the certify command, which writes the certificate); the body records each
 * surveillance (跟踪监督) and the platform computes what is due (domain/certification); an enterprise already
 * certified records the certificate it holds and its next surveillance or recertification.
 */
import { z } from 'zod';
import { CERTIFICATION_STANDARD, SURVEILLANCE_RESULTS } from '../domain/certification/certification.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';

export const ApplyRequest = z.strictObject({
  bodyId: Uuid.describe('any registered certification body, not necessarily the assisting one'),
  standard: z.literal(CERTIFICATION_STANDARD),
});
export type ApplyRequest = z.output<typeof ApplyRequest>;

export const ExistingCertificateRequest = z.strictObject({
  certificateNumber: z.string().trim().max(64),
  bodyName: z.string().trim().max(100),
  issuedOn: IsoDate,
  expiresOn: IsoDate,
  nextAuditOn: IsoDate.describe('the next surveillance or the recertification'),
});
export type ExistingCertificateRequest = z.output<typeof ExistingCertificateRequest>;

export const SurveillanceRequest = z.strictObject({
  heldOn: IsoDate,
  result: z.enum(SURVEILLANCE_RESULTS),
  note: z.string().trim().max(1000).default(''),
});
export type SurveillanceRequest = z.output<typeof SurveillanceRequest>;

const Certificate = z.object({
  kind: z.enum(['issued', 'existing']),
  certificateNumber: z.string(),
  scope: z.string(),
  standard: z.string(),
  bodyName: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  nextDueOn: z.string().nullable(),
  nextKind: z.enum(['surveillance', 'recertification']).nullable(),
  status: z.enum(['valid', 'suspended', 'withdrawn', 'expired']),
  overdue: z.boolean(),
  surveillances: z.array(z.object({ heldOn: z.string(), result: z.enum(SURVEILLANCE_RESULTS), note: z.string() })),
});

export const CertificationOverview = z
  .object({
    stage: z.string(),
    certifiedEnterprise: z.boolean().describe('the enterprise declared itself certified when it applied'),
    application: z
      .object({ bodyId: Uuid, bodyName: z.string(), standard: z.string(), appliedOn: z.string() })
      .nullable(),
    certificates: z.array(Certificate),
    bodies: z
      .array(z.object({ id: Uuid, name: z.string() }))
      .describe('the registered bodies the enterprise may choose'),
    mayApply: z.boolean(),
    mayRecordExisting: z.boolean(),
    mayRecordSurveillance: z.boolean(),
  })
  .meta({ id: 'CertificationOverview' });
export type CertificationOverview = z.output<typeof CertificationOverview>;

export const certification = defineContract('certification', {
  get: {
    method: 'GET',
    path: '/api/v1/participations/:id/certification',
    permission: 'certification:read',
    summary: 'The application for certification, the certificates and their surveillance (002 step 9)',
    params: IdParams,
    answer: CertificationOverview,
    errors: ['NOT_FOUND'],
  },
  apply: {
    method: 'POST',
    path: '/api/v1/participations/:id/certification/application',
    permission: 'certification:enterprise',
    summary: "The enterprise's application to a body of its choice, once evaluated (002 step 9)",
    params: IdParams,
    body: ApplyRequest,
    answer: 'empty',
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CERTIFICATION_NOT_APPLICABLE', 'CERTIFICATION_APPLICATION_EXISTS'],
  },
  recordExisting: {
    method: 'POST',
    path: '/api/v1/participations/:id/certification/existing',
    permission: 'certification:enterprise',
    summary: 'The certificate an enterprise already certified holds, and its next surveillance or recertification',
    params: IdParams,
    body: ExistingCertificateRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'CERTIFICATION_NOT_APPLICABLE',
      'CERTIFICATE_REQUIRED',
      'REQUIRED',
      'DATE_INVALID',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
      'CERTIFICATE_VALIDITY_TOO_LONG',
    ],
  },
  recordSurveillance: {
    method: 'POST',
    path: '/api/v1/participations/:id/certification/surveillances',
    permission: 'certification:surveillance',
    summary: 'A surveillance (跟踪监督) the certifying body held and its result (17021-1 §9.6.2)',
    params: IdParams,
    body: SurveillanceRequest,
    answer: 'empty',
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'CERTIFICATION_NOT_APPLICABLE',
      'DATE_INVALID',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
      'CERTIFICATE_WITHDRAWN',
      'REQUIRED',
    ],
  },
});
