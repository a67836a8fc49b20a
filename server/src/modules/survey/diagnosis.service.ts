/**
 * 认证提升企业质量诊断报告 (003 §6.5.8, Annex B.1): generated from the completed
 * survey, fixed by its SHA-256, confirmed by the enterprise online (its user, the signer's name
 * and capacity, the time and the digest go to the trail) or by uploading the signed and sealed
 * B.1 scan. Confirmation moves the participation to "diagnosed" in the same transaction.
 */
import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { diagnosisReports, surveys } from './survey.table.js';
import { enterprises } from '../intake/intake.table.js';
import { files } from '../files/files.table.js';
import { participationExperts } from '../participations/participations.table.js';
import { users } from '../../platform/auth/identity.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { chinaDate } from '../../platform/clock.js';
import { sha256Hex } from '../../platform/files/file-store.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { transitionInTransaction } from '../participations/participations.service.js';
import { notify } from '../notifications/notify.js';
import { assistanceAccess, templateOf } from './survey.service.js';
import {
  buildDiagnosisReport,
  diagnosisDigestInput,
  type DiagnosisReport,
} from '../../../../domain/survey/diagnosis.js';
import type { Survey } from '../../../../domain/survey/survey.js';

type ReportRow = typeof diagnosisReports.$inferSelect;

async function currentReport(executor: Executor, participationId: string): Promise<ReportRow | undefined> {
  const [row] = await executor
    .select()
    .from(diagnosisReports)
    .where(and(eq(diagnosisReports.participationId, participationId), ne(diagnosisReports.status, 'superseded')))
    .orderBy(desc(diagnosisReports.issuedAt))
    .limit(1);
  return row;
}

async function view(executor: Executor, row: ReportRow | undefined) {
  if (!row) return null;
  const names = new Map<string, string>();
  for (const id of [row.issuedBy, row.confirmedBy].filter((x): x is string => Boolean(x))) {
    const [u] = await executor.select({ name: users.displayName }).from(users).where(eq(users.id, id));
    names.set(id, u?.name ?? '');
  }
  return {
    id: row.id,
    status: row.status as 'issued' | 'confirmed' | 'superseded',
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
  const content = report.content as unknown as DiagnosisReport;
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
    if (!assists) throw new AppError('FORBIDDEN');
    if (row.p.stage !== 'assigned') throw new AppError('SURVEY_LOCKED', { detail: row.p.stage });
    const [survey] = await tx.select().from(surveys).where(eq(surveys.participationId, participationId));
    if (survey?.status !== 'completed')
      throw new AppError('SURVEY_NOT_COMPLETED', { detail: survey?.status ?? 'none' });
    const template = await templateOf(tx, survey.templateId, survey.templateVersion);
    const experts = await tx
      .select({ name: users.displayName })
      .from(participationExperts)
      .innerJoin(users, eq(users.id, participationExperts.expertUserId))
      .where(and(eq(participationExperts.participationId, participationId), isNull(participationExperts.toOn)));
    const [enterprise] = await tx
      .select({ uscc: enterprises.uscc })
      .from(enterprises)
      .where(eq(enterprises.organizationId, row.p.enterpriseId));
    const report = buildDiagnosisReport(template, survey.content as unknown as Survey, {
      header: {
        enterpriseName: row.enterpriseName,
        uscc: enterprise?.uscc ?? null,
        diagnosedBy: experts.map((e) => e.name),
        date: chinaDate(now),
      },
      recommendations: input.recommendations,
    });
    const digest = sha256Hex(diagnosisDigestInput(report));
    await tx
      .update(diagnosisReports)
      .set({ status: 'superseded' })
      .where(and(eq(diagnosisReports.participationId, participationId), eq(diagnosisReports.status, 'issued')));
    const [inserted] = await tx
      .insert(diagnosisReports)
      .values({
        participationId,
        status: 'issued',
        content: report as unknown as Record<string, unknown>,
        digest,
        issuedBy: actor.userId,
        issuedAt: now,
      })
      .returning({ id: diagnosisReports.id });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'diagnosis.issue',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: { reportId: inserted!.id, digest },
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
  input: {
    reportId: string;
    digest: string;
    method: 'online' | 'scan';
    signerName: string;
    signerCapacity: string;
    scanFileId?: string;
    version: number;
  },
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
      if (!input.scanFileId) throw new AppError('DIAGNOSIS_SCAN_REQUIRED', { field: 'scanFileId' });
      const [scan] = await tx
        .select({ id: files.id })
        .from(files)
        .where(
          and(
            eq(files.id, input.scanFileId),
            eq(files.participationId, participationId),
            eq(files.purpose, 'diagnosis_scan'),
          ),
        );
      if (!scan) throw new AppError('DIAGNOSIS_SCAN_REQUIRED', { field: 'scanFileId' });
    }
    await tx
      .update(diagnosisReports)
      .set({
        status: 'confirmed',
        confirmMethod: input.method,
        confirmedBy: actor.userId,
        confirmedAt: now,
        signer: { name: input.signerName, capacity: input.signerCapacity },
        scanFileId: input.method === 'scan' ? input.scanFileId! : null,
      })
      .where(eq(diagnosisReports.id, report.id));
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
