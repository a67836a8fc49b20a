/**
 * The certify command's half of certification (002 step 9; ADR 0024): which body certifies, and the certificate
 * written in the command's transaction. Imported by the participations' lifecycle steps; imports no other module's
 * service, so the command and this module stay free of cycles.
 */
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/app-error.js';
import {
  CERTIFICATION_STANDARD,
  certifyingBody,
  surveillanceState,
} from '../../../../domain/certification/certification.js';
import { applicationOf, insertCertificate, registeredBodies } from './certification.repository.js';

/** The body the enterprise applied to for certification, if any. */
export async function appliedBodyId(executor: Executor, participationId: string): Promise<string | null> {
  return (await applicationOf(executor, participationId))?.a.bodyId ?? null;
}

/**
 * The body whose people certify: with an application only the applied-for body (a person acting for another body is
 * refused), else the assisting body.
 */
export async function certifyingBodyFor(
  tx: Executor,
  participation: { id: string; certificationBodyId: string | null },
  actorOrganizationId: string,
): Promise<string | null> {
  const application = await applicationOf(tx, participation.id);
  const decision = certifyingBody({
    appliedBodyId: application?.a.bodyId ?? null,
    assistingBodyId: participation.certificationBodyId,
    actorBodyId: actorOrganizationId,
  });
  if (!decision.ok) {
    throw new AppError(decision.problem.code, { field: decision.problem.field, detail: application?.bodyName });
  }
  return decision.bodyId;
}

/** The certificate the certify command issues (its dates checked by the command's guard). */
export async function writeIssuedCertificate(
  tx: Executor,
  input: {
    participationId: string;
    bodyId: string | null;
    certificateNumber: string;
    scope: string;
    issuedOn: string;
    expiresOn: string;
    recordedBy: string;
    today: string;
    now: Date;
  },
): Promise<void> {
  const [body] = input.bodyId ? await registeredBodies(tx, input.bodyId) : [];
  const state = surveillanceState({
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn,
    held: [],
    today: input.today,
  });
  await insertCertificate(tx, {
    participationId: input.participationId,
    kind: 'issued',
    certificateNumber: input.certificateNumber,
    scope: input.scope,
    standard: CERTIFICATION_STANDARD,
    bodyId: input.bodyId,
    bodyName: body?.name ?? '',
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn,
    nextDueOn: state.nextDueOn,
    recordedBy: input.recordedBy,
    createdAt: input.now,
  });
}
