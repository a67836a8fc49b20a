/**
 * Certification (002 step 9; 003 §6.9.9): the enterprise's application to a body of its choice, the certificate an
 * already certified enterprise holds, and the surveillance the certifying body records. The certificate the
 * platform issues is written by the certify command (certificate-writer.ts). Every write is in the audit trail.
 */
import type {
  ApplyRequest,
  CertificationOverview,
  ExistingCertificateRequest,
  SurveillanceRequest,
} from '../../../../contracts/certification.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import {
  CERTIFICATION_STANDARD,
  existingCertificateProblem,
  surveillanceProblem,
  surveillanceState,
  type Problem,
  type SurveillanceResult,
} from '../../../../domain/certification/certification.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import {
  applicationOf,
  certificateOf,
  certificatesOf,
  insertApplication,
  insertCertificate,
  insertSurveillance,
  registeredBodies,
  setNextDue,
  surveillancesOf,
} from './certification.repository.js';

function refuse(problem: Problem | null): void {
  if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
}

/** 000 §二(5): the enterprise declared itself certified when it applied (003 §6.2.2). */
function declaredCertified(application: Record<string, unknown>): boolean {
  return application.certificationStatus === 'certified';
}

async function audit(tx: Executor, now: Date, actor: Actor, action: AuditAction, id: string, after: unknown) {
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action,
    objectType: 'participation',
    objectId: id,
    outcome: 'success',
    after,
  });
}

async function participationOf(executor: Executor, actor: Actor, id: string, forUpdate = false) {
  const row = await findParticipation(executor, actor, id, { forUpdate });
  assertFound(row, 'participation');
  return row;
}

export async function getCertification(
  executor: Executor,
  actor: Actor,
  participationId: string,
  now: Date,
): Promise<CertificationOverview> {
  const row = await participationOf(executor, actor, participationId);
  const today = chinaDate(now);
  const [application, rows, bodies] = await Promise.all([
    applicationOf(executor, participationId),
    certificatesOf(executor, participationId),
    registeredBodies(executor),
  ]);
  const certificates = await Promise.all(
    rows.map(async (c) => {
      const held = await surveillancesOf(executor, c.id);
      const state =
        c.kind === 'issued'
          ? surveillanceState({
              issuedOn: c.issuedOn,
              expiresOn: c.expiresOn,
              held: held.map((h) => ({ heldOn: h.heldOn, result: h.result as SurveillanceResult })),
              today,
            })
          : {
              // an existing certificate: the date the enterprise declared
              nextDueOn: today > c.expiresOn ? null : c.nextDueOn,
              nextKind: c.nextDueOn === c.expiresOn ? ('recertification' as const) : ('surveillance' as const),
              status: today > c.expiresOn ? ('expired' as const) : ('valid' as const),
              overdue: today <= c.expiresOn && c.nextDueOn !== null && today > c.nextDueOn,
            };
      return {
        kind: c.kind as 'issued' | 'existing',
        certificateNumber: c.certificateNumber,
        scope: c.scope,
        standard: c.standard,
        bodyName: c.bodyName,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        ...state,
        nextKind: state.nextDueOn ? state.nextKind : null,
        surveillances: held.map((h) => ({ heldOn: h.heldOn, result: h.result as SurveillanceResult, note: h.note })),
      };
    }),
  );
  const issued = rows.find((c) => c.kind === 'issued');
  const isEnterprise = actor.role === 'enterprise_contact';
  const isCertifier =
    (actor.role === 'cb_admin' || actor.role === 'cb_manager') && issued?.bodyId === actor.organizationId;
  return {
    stage: row.p.stage,
    certifiedEnterprise: declaredCertified(row.p.application),
    application: application
      ? {
          bodyId: application.a.bodyId,
          bodyName: application.bodyName,
          standard: application.a.standard,
          appliedOn: application.a.appliedOn,
        }
      : null,
    certificates,
    bodies,
    mayApply: isEnterprise && row.p.stage === 'evaluated' && !application,
    mayRecordExisting: isEnterprise && declaredCertified(row.p.application) && !rows.some((c) => c.kind === 'existing'),
    mayRecordSurveillance: isCertifier && certificates.some((c) => c.kind === 'issued' && c.status !== 'withdrawn'),
  };
}

/** 002 step 9: once evaluated, the enterprise applies to any registered body for GB/T 19001-2016. */
export async function applyForCertification(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: ApplyRequest,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const row = await participationOf(tx, actor, participationId, true);
    if (actor.role !== 'enterprise_contact') throw new AppError('FORBIDDEN');
    if (row.p.stage !== 'evaluated') throw new AppError('CERTIFICATION_NOT_APPLICABLE', { field: 'stage' });
    if (await applicationOf(tx, participationId))
      throw new AppError('CERTIFICATION_APPLICATION_EXISTS', { field: 'bodyId' });
    const [body] = await registeredBodies(tx, input.bodyId);
    if (!body) throw new AppError('NOT_FOUND', { field: 'bodyId' });
    await insertApplication(tx, {
      participationId,
      bodyId: body.id,
      standard: input.standard,
      appliedOn: chinaDate(now),
      appliedBy: actor.userId,
      createdAt: now,
    });
    await audit(tx, now, actor, 'certification.apply', participationId, { bodyId: body.id, standard: input.standard });
  });
}

/** 000 §二(5): an enterprise already certified records the certificate it holds and its next audit date. */
export async function recordExistingCertificate(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: ExistingCertificateRequest,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const row = await participationOf(tx, actor, participationId, true);
    if (actor.role !== 'enterprise_contact') throw new AppError('FORBIDDEN');
    if (!declaredCertified(row.p.application) || (await certificateOf(tx, participationId, 'existing')))
      throw new AppError('CERTIFICATION_NOT_APPLICABLE', { field: 'certificationStatus' });
    refuse(existingCertificateProblem({ ...input, today: chinaDate(now) }));
    await insertCertificate(tx, {
      participationId,
      kind: 'existing',
      certificateNumber: input.certificateNumber,
      standard: CERTIFICATION_STANDARD,
      bodyName: input.bodyName,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
      nextDueOn: input.nextAuditOn,
      recordedBy: actor.userId,
      createdAt: now,
    });
    await audit(tx, now, actor, 'certification.record_existing', participationId, input);
  });
}

/** 17021-1 §9.6.2: the certifying body records a surveillance held; the next due date follows from it. */
export async function recordSurveillance(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: SurveillanceRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  await ctx.database.db.transaction(async (tx) => {
    await participationOf(tx, actor, participationId, true);
    const certificate = await certificateOf(tx, participationId, 'issued');
    if (!certificate) throw new AppError('CERTIFICATION_NOT_APPLICABLE', { field: 'certificate' });
    // only the certifying body's people follow its certificate
    if (certificate.bodyId !== actor.organizationId) throw new AppError('FORBIDDEN');
    const held = await surveillancesOf(tx, certificate.id);
    const last = held[held.length - 1];
    refuse(
      surveillanceProblem({
        heldOn: input.heldOn,
        result: input.result,
        issuedOn: certificate.issuedOn,
        expiresOn: certificate.expiresOn,
        lastHeldOn: last?.heldOn ?? null,
        lastResult: (last?.result as SurveillanceResult | undefined) ?? null,
        today,
      }),
    );
    await insertSurveillance(tx, {
      certificateId: certificate.id,
      heldOn: input.heldOn,
      result: input.result,
      note: input.note,
      recordedBy: actor.userId,
      createdAt: now,
    });
    const state = surveillanceState({
      issuedOn: certificate.issuedOn,
      expiresOn: certificate.expiresOn,
      held: [...held, input].map((h) => ({ heldOn: h.heldOn, result: h.result as SurveillanceResult })),
      today,
    });
    await setNextDue(tx, certificate.id, state.nextDueOn);
    await audit(tx, now, actor, 'certification.surveillance', participationId, input);
  });
}
