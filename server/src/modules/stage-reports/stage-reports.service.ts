/**
 * Staged reports (报送; 004 §三(三), 001 §四, 002 step 13): a bureau's report per report-due date of a campaign,
 * to the bureau above (domain/stage-reports). The figures are the statistics table of its region, drafted from the
 * data and stored with each submitted version; a submitted version never changes; the receiving bureau returns a
 * report with a reason, and the reporter submits again as a new version. Every write is in the audit trail.
 */
import type {
  ReportAttachment,
  ReportVersion,
  ReportsOverview,
  StageReport,
  SubordinateRow,
} from '../../../../contracts/stage-reports.js';
import type { StatisticsTable } from '../../../../contracts/statistics.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { isWithinRegion } from '../../../../domain/regions/region-code.js';
import {
  attachmentProblem,
  editProblem,
  isLate,
  nextVersion,
  receiverOf,
  reportStatus,
  reportingBureaus,
  returnProblem,
  submitProblem,
  textProblem,
  type ReportProblem,
  type ReportState,
} from '../../../../domain/stage-reports/stage-reports.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { actorJurisdiction } from '../../platform/db/row-scope.js';
import { MAX_UPLOAD_BYTES, sniffUpload } from '../../platform/files/sniff.js';
import { ImageStructureError, stripMetadata } from '../../platform/files/strip-metadata.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { visibleCampaign } from '../campaigns/campaigns.service.js';
import { statisticsTable } from '../statistics/statistics.service.js';
import {
  attachmentOf,
  attachmentsOf,
  bureausWithin,
  campaignName,
  childCampaignRegions,
  ensureReport,
  insertAttachment,
  insertVersion,
  lastSubmissions,
  markReturned,
  reportById,
  reportDueDates,
  reportOf,
  reportsOfCampaign,
  updateReport,
  userNames,
  versionsOf,
  type AttachmentRow,
  type ReportRow,
} from './stage-reports.repository.js';

type Bureau = Awaited<ReturnType<typeof bureausWithin>>[number];

interface CampaignReporting {
  id: string;
  name: string;
  regionCode: string;
  dueDates: string[];
  bureaus: Bureau[];
  reporters: Bureau[];
}

function refuse(problem: ReportProblem | null): void {
  if (problem)
    throw new AppError(problem.code, {
      field: problem.field,
      ...('detail' in problem ? { detail: problem.detail } : {}),
    });
}

async function audit(
  tx: Executor,
  now: Date,
  actor: Actor,
  action: AuditAction,
  id: string,
  detail: Record<string, unknown>,
) {
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action,
    objectType: 'stage_report',
    objectId: id,
    outcome: 'success',
    detail,
  });
}

/** The campaign (seen by the actor, else NOT_FOUND), its deadlines and the bureaus that report in it. */
async function campaignReporting(ctx: AppContext, actor: Actor, campaignId: string): Promise<CampaignReporting> {
  const campaign = await visibleCampaign(ctx, actor, campaignId);
  const db = ctx.database.db;
  const [dueDates, children, bureaus, name] = await Promise.all([
    reportDueDates(db, campaignId),
    childCampaignRegions(db, campaignId),
    bureausWithin(db, campaign.regionCode),
    campaignName(db, campaignId),
  ]);
  return {
    id: campaignId,
    name,
    regionCode: campaign.regionCode,
    dueDates,
    bureaus,
    reporters: reportingBureaus(bureaus, campaign.regionCode, children),
  };
}

function ownReporter(c: CampaignReporting, actor: Actor): Bureau {
  const own = c.reporters.find((b) => b.id === actor.organizationId);
  if (!own) throw new AppError('REPORT_NOT_REPORTER');
  return own;
}

function assertDeadline(c: CampaignReporting, dueOn: string): void {
  if (!c.dueDates.includes(dueOn)) throw new AppError('REPORT_DEADLINE_UNKNOWN', { field: 'dueOn', detail: dueOn });
}

/** A bureau sees its own reports and those of the bureaus below it in its region. */
function seesReportOf(actor: Actor, organizationId: string, regionCode: string): boolean {
  if (actor.organizationKind !== 'bureau') return false;
  if (organizationId === actor.organizationId) return true;
  const jurisdiction = actorJurisdiction(actor);
  return jurisdiction !== null && regionCode !== jurisdiction && isWithinRegion(regionCode, jurisdiction);
}

function facts(row: ReportRow | undefined, dueOn: string, today: string) {
  return {
    state: (row?.state as ReportState | undefined) ?? null,
    firstSubmittedOn: row?.firstSubmittedOn ?? null,
    dueOn,
    today,
  };
}

export async function reportsOverview(ctx: AppContext, actor: Actor, campaignId: string): Promise<ReportsOverview> {
  const c = await campaignReporting(ctx, actor, campaignId);
  const db = ctx.database.db;
  const rows = await reportsOfCampaign(db, campaignId);
  const submitted = await lastSubmissions(
    db,
    rows.map((r) => r.id),
  );
  const today = chinaDate(ctx.clock.now());
  const rowOf = (dueOn: string, b: Bureau): SubordinateRow => {
    const r = rows.find((x) => x.dueOn === dueOn && x.organizationId === b.id);
    const f = facts(r, dueOn, today);
    return {
      reportId: r?.id ?? null,
      organizationId: b.id,
      organizationName: b.name,
      regionCode: b.regionCode,
      regionName: b.regionName,
      status: reportStatus(f),
      late: isLate(f),
      submittedAt: r && submitted.get(r.id) ? submitted.get(r.id)!.toISOString() : null,
      versions: r?.versions ?? 0,
    };
  };
  const own = c.reporters.find((b) => b.id === actor.organizationId) ?? null;
  const below = c.reporters.filter((b) => b.id !== actor.organizationId && seesReportOf(actor, b.id, b.regionCode));
  const receiver = own ? receiverOf(own.regionCode, c.bureaus, c.regionCode) : null;
  return {
    campaignId,
    campaignName: c.name,
    deadlines: c.dueDates.map((dueOn) => ({
      dueOn,
      own: own ? rowOf(dueOn, own) : null,
      receiverName: receiver?.name ?? null,
      subordinates: below.map((b) => rowOf(dueOn, b)),
    })),
  };
}

function attachmentView(a: AttachmentRow): ReportAttachment {
  return { id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, createdAt: a.createdAt.toISOString() };
}

async function reportView(
  ctx: AppContext,
  actor: Actor,
  c: CampaignReporting,
  reporter: Bureau,
  dueOn: string,
  row: ReportRow | undefined,
  locale: Locale,
  executor: Executor = ctx.database.db,
): Promise<StageReport> {
  const today = chinaDate(ctx.clock.now());
  const f = facts(row, dueOn, today);
  const [versionRows, attachments] = row
    ? await Promise.all([versionsOf(executor, row.id), attachmentsOf(executor, row.id)])
    : [[], []];
  const byId = new Map(attachments.map((a) => [a.id, attachmentView(a)]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((a): a is ReportAttachment => a !== undefined);
  const returners = await userNames(
    executor,
    versionRows.map((v) => v.v.returnedBy).filter((x): x is string => x !== null),
  );
  const versions: ReportVersion[] = versionRows.map(({ v, submittedByName }) => ({
    version: v.version,
    text: v.text,
    figures: v.figures,
    attachments: pick(v.attachmentIds),
    submittedAt: v.submittedAt.toISOString(),
    submittedBy: submittedByName,
    late: chinaDate(v.submittedAt) > dueOn,
    returnReason: v.returnReason,
    returnedAt: v.returnedAt?.toISOString() ?? null,
    returnedBy: v.returnedBy ? (returners.get(v.returnedBy) ?? '') : null,
  }));
  const isOwn = reporter.id === actor.organizationId;
  const editable = isOwn && f.state !== 'submitted';
  const receiver = receiverOf(reporter.regionCode, c.bureaus, c.regionCode);
  return {
    id: row?.id ?? null,
    campaignId: c.id,
    campaignName: c.name,
    dueOn,
    organizationId: reporter.id,
    organizationName: reporter.name,
    regionCode: reporter.regionCode,
    regionName: reporter.regionName,
    receiverName: receiver?.name ?? '',
    state: f.state,
    status: reportStatus(f),
    late: isLate(f),
    text: row?.text ?? '',
    attachments: pick(row?.attachmentIds ?? []),
    versions,
    draftFigures: editable ? await statisticsTable(ctx, actor, reporter.regionCode, {}, locale) : null,
    mayEdit: editable,
    maySubmit: editable,
    mayReturn: f.state === 'submitted' && receiver?.id === actor.organizationId,
  };
}

export async function ownReport(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  dueOn: string,
  locale: Locale,
): Promise<StageReport> {
  const c = await campaignReporting(ctx, actor, campaignId);
  const own = ownReporter(c, actor);
  assertDeadline(c, dueOn);
  const row = await reportOf(ctx.database.db, { campaignId, dueOn, organizationId: own.id });
  return reportView(ctx, actor, c, own, dueOn, row, locale);
}

export async function saveReport(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  dueOn: string,
  input: { text: string },
  locale: Locale,
): Promise<StageReport> {
  const c = await campaignReporting(ctx, actor, campaignId);
  const own = ownReporter(c, actor);
  assertDeadline(c, dueOn);
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const row = await ensureReport(tx, { campaignId, dueOn, organizationId: own.id, regionCode: own.regionCode, now });
    refuse(editProblem(row.state as ReportState));
    refuse(textProblem(input.text));
    await updateReport(tx, row.id, { text: input.text, updatedAt: now });
    await audit(tx, now, actor, 'stage_report.save', row.id, { campaignId, dueOn, characters: [...input.text].length });
  });
  return ownReport(ctx, actor, campaignId, dueOn, locale);
}

/** 004 §三(三): the submission is a new version with the region's statistics table as the data stand now. */
export async function submitReport(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  dueOn: string,
  locale: Locale,
): Promise<StageReport> {
  const c = await campaignReporting(ctx, actor, campaignId);
  const own = ownReporter(c, actor);
  assertDeadline(c, dueOn);
  const figures: StatisticsTable = await statisticsTable(ctx, actor, own.regionCode, {}, locale);
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const row = await ensureReport(tx, { campaignId, dueOn, organizationId: own.id, regionCode: own.regionCode, now });
    refuse(submitProblem(row.state as ReportState, row.text));
    const version = nextVersion(row.versions);
    await insertVersion(tx, {
      reportId: row.id,
      version,
      text: row.text,
      figures,
      attachmentIds: row.attachmentIds,
      submittedAt: now,
      submittedBy: actor.userId,
    });
    const firstSubmittedOn = row.firstSubmittedOn ?? chinaDate(now);
    await updateReport(tx, row.id, { state: 'submitted', versions: version, firstSubmittedOn, updatedAt: now });
    await audit(tx, now, actor, 'stage_report.submit', row.id, {
      campaignId,
      dueOn,
      version,
      late: firstSubmittedOn > dueOn,
      attachments: row.attachmentIds.length,
    });
  });
  return ownReport(ctx, actor, campaignId, dueOn, locale);
}

/** A report the actor sees (its own, or of a bureau below in its region, in a campaign it sees), else NOT_FOUND. */
async function reportInScope(ctx: AppContext, actor: Actor, id: string) {
  const row = await reportById(ctx.database.db, id);
  if (!row || !seesReportOf(actor, row.organizationId, row.regionCode))
    throw new AppError('NOT_FOUND', { field: 'report' });
  const c = await campaignReporting(ctx, actor, row.campaignId);
  const reporter = c.bureaus.find((b) => b.id === row.organizationId);
  assertFound(reporter, 'report');
  return { row, c, reporter };
}

export async function getReport(ctx: AppContext, actor: Actor, id: string, locale: Locale): Promise<StageReport> {
  const { row, c, reporter } = await reportInScope(ctx, actor, id);
  return reportView(ctx, actor, c, reporter, row.dueOn, row, locale);
}

/** The receiving bureau returns a submitted report for revision, with its reason (kept on the version). */
export async function returnReport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { reason: string },
  locale: Locale,
): Promise<StageReport> {
  const { c, reporter } = await reportInScope(ctx, actor, id);
  const receiver = receiverOf(reporter.regionCode, c.bureaus, c.regionCode);
  if (receiver?.id !== actor.organizationId) throw new AppError('REPORT_NOT_RECEIVER');
  const now = ctx.clock.now();
  const reason = input.reason.trim();
  await ctx.database.db.transaction(async (tx) => {
    const row = (await reportById(tx, id, true))!;
    refuse(returnProblem(row.state as ReportState, reason));
    await markReturned(tx, row.id, row.versions, { reason, at: now, by: actor.userId });
    await updateReport(tx, row.id, { state: 'returned', updatedAt: now });
    await audit(tx, now, actor, 'stage_report.return', row.id, { version: row.versions, reason });
  });
  return getReport(ctx, actor, id, locale);
}

/** An attachment on the draft: the type by content, images without their metadata (ADR 0022). */
export async function attachToReport(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  dueOn: string,
  input: { fileName: string; bytes: Buffer },
): Promise<ReportAttachment> {
  const c = await campaignReporting(ctx, actor, campaignId);
  const own = ownReporter(c, actor);
  assertDeadline(c, dueOn);
  if (input.bytes.length === 0) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file', detail: 'empty' });
  if (input.bytes.length > MAX_UPLOAD_BYTES)
    throw new AppError('FILE_TOO_LARGE', { field: 'file', detail: `${Math.round(MAX_UPLOAD_BYTES / 1048576)} MiB` });
  const type = await sniffUpload(input.bytes);
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file', detail: input.fileName });
  let bytes: Buffer;
  try {
    bytes = stripMetadata(input.bytes, type.mime);
  } catch (error) {
    if (error instanceof ImageStructureError)
      throw new AppError('FILE_IMAGE_UNREADABLE', { field: 'file', detail: input.fileName });
    throw error;
  }
  const now = ctx.clock.now();
  // the bytes are stored first (content-addressed; a refused attachment leaves its bytes unreferenced, never a row)
  const { sha256 } = await ctx.files.put(bytes);
  const inserted = await ctx.database.db.transaction(async (tx) => {
    const row = await ensureReport(tx, { campaignId, dueOn, organizationId: own.id, regionCode: own.regionCode, now });
    refuse(attachmentProblem(row.state as ReportState, row.attachmentIds.length));
    const a = await insertAttachment(tx, {
      reportId: row.id,
      fileName: input.fileName.slice(0, 200),
      mime: type.mime,
      size: bytes.length,
      sha256,
      uploadedBy: actor.userId,
      createdAt: now,
    });
    await updateReport(tx, row.id, { attachmentIds: [...row.attachmentIds, a.id], updatedAt: now });
    await audit(tx, now, actor, 'stage_report.attach', row.id, {
      attachmentId: a.id,
      mime: type.mime,
      size: bytes.length,
      sha256,
    });
    return a;
  });
  return attachmentView(inserted);
}

export async function downloadAttachment(ctx: AppContext, actor: Actor, id: string, attachmentId: string) {
  const { row } = await reportInScope(ctx, actor, id);
  const a = await attachmentOf(ctx.database.db, row.id, attachmentId);
  assertFound(a, 'file');
  const bytes = await ctx.files.get(a.sha256);
  await auditDataAccess(ctx, actor, {
    action: 'stage_report.download_attachment',
    objectType: 'stage_report',
    objectId: row.id,
    detail: { attachmentId: a.id },
  });
  return { fileName: a.fileName, mime: a.mime, bytes };
}
