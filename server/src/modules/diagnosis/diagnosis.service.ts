/**
 * 认证提升企业质量诊断报告 (003 §6.5.8, Annex B.1): generated from the completed
 * survey, fixed by its SHA-256, confirmed by the enterprise online (its user, the signer's name
 * and capacity, the time and the digest go to the trail) or by uploading the signed and sealed
 * B.1 scan. Confirmation moves the participation to "diagnosed" in the same transaction.
 */
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { chinaDate } from '../../platform/clock.js';
import { sha256Hex } from '../../platform/files/file-store.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { ConfirmDiagnosisRequest, DiagnosisView } from '../../../../contracts/diagnosis.js';
import { actorRef } from '../auth/auth.service.js';
import { isParticipationFile } from '../files/files.service.js';
import { findParticipation, participationExpertsOf } from '../participations/participations.repository.js';
import { transitionInTransaction } from '../participations/participations.service.js';
import { notify } from '../notifications/notify.js';
import { assistanceAccess, completedSurvey } from '../survey/survey.service.js';
import { buildDiagnosisReport, diagnosisDigestInput } from '../../../../domain/diagnosis/diagnosis.js';
import { confirmReport, currentReport, displayNames, issueReport, type ReportRow } from './diagnosis.repository.js';
import { assertMayIssue } from './diagnosis.policy.js';

async function view(executor: Executor, row: ReportRow | undefined): Promise<DiagnosisView | null> {
  if (!row) return null;
  const names = await displayNames(
    executor,
    [row.issuedBy, row.confirmedBy].filter((x): x is string => Boolean(x)),
  );
  return {
    id: row.id,
    status: row.status as DiagnosisView['status'],
    report: row.content,
    digest: row.digest,
    issuedAt: row.issuedAt.toISOString(),
    issuedByName: names.get(row.issuedBy) ?? '',
    confirmation:
      row.confirmedAt && row.confirmMethod && row.signer
        ? {
            method: row.confirmMethod as 'online' | 'scan',
            confirmedAt: row.confirmedAt.toISOString(),
            confirmedByName: names.get(row.confirmedBy!) ?? '',
            signer: row.signer,
            scanFileId: row.scanFileId,
          }
        : null,
  };
}

export async function getDiagnosis(executor: Executor, actor: Actor, participationId: string) {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  return view(executor, await currentReport(executor, participationId));
}

/** What the DOCX needs besides the report itself. */
export async function diagnosisForDocument(executor: Executor, actor: Actor, participationId: string) {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const report = await currentReport(executor, participationId);
  assertFound(report, 'diagnosis');
  const content = report.content;
  return {
    report: content,
    meta: {
      enterpriseName: row.enterpriseName,
      uscc: row.enterprise.uscc,
      campaignName: row.campaignName,
      bodyName: row.bodyName ?? '',
      experts: content.header?.diagnosedBy ?? [],
      issuedOn: chinaDate(report.issuedAt),
      digest: report.digest,
      confirmation:
        report.confirmedAt && report.signer
          ? {
              signer: report.signer.name,
              capacity: report.signer.capacity === 'legal_representative' ? '法定代表人' : '授权代表',
              confirmedOn: chinaDate(report.confirmedAt),
              method: report.confirmMethod as 'online' | 'scan',
            }
          : null,
    },
  };
}

export async function issueDiagnosis(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: { recommendations: string[] },
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const { row, assists } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayIssue(row.p.stage, assists);
    const survey = await completedSurvey(tx, participationId);
    if (!survey.ok) throw new AppError('SURVEY_NOT_COMPLETED', { detail: survey.status });
    const experts = (await participationExpertsOf(tx, participationId)).filter((e) => e.toOn === null);
    const report = buildDiagnosisReport(survey.template, survey.survey, {
      header: {
        enterpriseName: row.enterpriseName,
        uscc: row.enterprise.uscc,
        diagnosedBy: experts.map((e) => e.displayName),
        date: chinaDate(now),
      },
      recommendations: input.recommendations,
    });
    const digest = sha256Hex(diagnosisDigestInput(report));
    const reportId = await issueReport(tx, {
      participationId,
      content: report,
      digest,
      issuedBy: actor.userId,
      issuedAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'diagnosis.issue',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: { reportId, digest },
    });
    await notify(tx, {
      organizationId: row.p.enterpriseId,
      kind: 'participation.diagnosis_issued',
      campaignId: row.p.campaignId,
      participationId,
      params: { digest },
    });
  });
  return view(db, await currentReport(db, participationId));
}

export async function confirmDiagnosis(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: ConfirmDiagnosisRequest,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const row = await findParticipation(tx, actor, participationId, { forUpdate: true });
    assertFound(row, 'participation');
    const report = await currentReport(tx, participationId);
    if (!report || report.id !== input.reportId || report.status !== 'issued')
      throw new AppError('DIAGNOSIS_NOT_CURRENT');
    // the enterprise confirms exactly what it read
    if (report.digest !== input.digest) throw new AppError('DIAGNOSIS_DIGEST_MISMATCH', { field: 'digest' });
    if (input.method === 'scan') {
      if (!input.scanFileId || !(await isParticipationFile(tx, input.scanFileId, participationId, 'diagnosis_scan')))
        throw new AppError('DIAGNOSIS_SCAN_REQUIRED', { field: 'scanFileId' });
    }
    await confirmReport(tx, report.id, {
      confirmMethod: input.method,
      confirmedBy: actor.userId,
      confirmedAt: now,
      signer: { name: input.signerName, capacity: input.signerCapacity },
      scanFileId: input.method === 'scan' ? input.scanFileId! : null,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'diagnosis.confirm',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: {
        reportId: report.id,
        digest: report.digest,
        method: input.method,
        signer: input.signerName,
        capacity: input.signerCapacity,
        scanFileId: input.scanFileId ?? null,
      },
    });
    await transitionInTransaction(
      tx,
      actor,
      participationId,
      { command: 'confirm_diagnosis', version: input.version },
      now,
    );
  });
  return view(db, await currentReport(db, participationId));
}
