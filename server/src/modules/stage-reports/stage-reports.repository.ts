/** All SQL of stage reports; the only writer of its three tables. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import { campaignPhases, campaigns } from '../campaigns/campaigns.table.js';
import { stageReportAttachments, stageReportVersions, stageReports } from './stage-reports.table.js';

export type ReportRow = typeof stageReports.$inferSelect;
export type VersionRow = typeof stageReportVersions.$inferSelect;
export type AttachmentRow = typeof stageReportAttachments.$inferSelect;

/** The report-due dates of a campaign, in date order. */
export async function reportDueDates(executor: Executor, campaignId: string): Promise<string[]> {
  const rows = await executor
    .select({ startsOn: campaignPhases.startsOn })
    .from(campaignPhases)
    .where(and(eq(campaignPhases.campaignId, campaignId), eq(campaignPhases.kind, 'report_due')))
    .orderBy(asc(campaignPhases.startsOn));
  return [...new Set(rows.map((r) => r.startsOn))];
}

/** The regions of the campaign's child campaigns (ADR 0035). */
export async function childCampaignRegions(executor: Executor, campaignId: string): Promise<string[]> {
  const rows = await executor
    .select({ regionCode: campaigns.regionCode })
    .from(campaigns)
    .where(eq(campaigns.parentId, campaignId));
  return rows.map((r) => r.regionCode);
}

/** The bureaus in a region's subtree (the region's own included), with their regions' names. */
export async function bureausWithin(executor: Executor, regionCode: string) {
  return executor
    .select({
      id: organizations.id,
      name: organizations.name,
      regionCode: sql<string>`${organizations.regionCode}`,
      regionName: regions.name,
    })
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(eq(organizations.kind, 'bureau'), regionWithin(organizations.regionCode, regionCode)))
    .orderBy(asc(organizations.regionCode), asc(organizations.name));
}

export async function reportsOfCampaign(executor: Executor, campaignId: string): Promise<ReportRow[]> {
  return executor.select().from(stageReports).where(eq(stageReports.campaignId, campaignId));
}

export async function reportOf(
  executor: Executor,
  key: { campaignId: string; dueOn: string; organizationId: string },
  forUpdate = false,
): Promise<ReportRow | undefined> {
  const query = executor
    .select()
    .from(stageReports)
    .where(
      and(
        eq(stageReports.campaignId, key.campaignId),
        eq(stageReports.dueOn, key.dueOn),
        eq(stageReports.organizationId, key.organizationId),
      ),
    );
  const [row] = await (forUpdate ? query.for('update') : query);
  return row;
}

export async function reportById(executor: Executor, id: string, forUpdate = false): Promise<ReportRow | undefined> {
  const query = executor.select().from(stageReports).where(eq(stageReports.id, id));
  const [row] = await (forUpdate ? query.for('update') : query);
  return row;
}

/** The draft's row, created on the first write (concurrent first writes meet on the unique key). */
export async function ensureReport(
  tx: Executor,
  values: { campaignId: string; dueOn: string; organizationId: string; regionCode: string; now: Date },
): Promise<ReportRow> {
  await tx
    .insert(stageReports)
    .values({ ...values, state: 'draft', createdAt: values.now, updatedAt: values.now })
    .onConflictDoNothing();
  return (await reportOf(tx, values, true))!;
}

export async function updateReport(tx: Executor, id: string, set: Partial<typeof stageReports.$inferInsert>) {
  await tx.update(stageReports).set(set).where(eq(stageReports.id, id));
}

export async function insertVersion(tx: Executor, row: typeof stageReportVersions.$inferInsert) {
  await tx.insert(stageReportVersions).values(row);
}

export async function markReturned(
  tx: Executor,
  reportId: string,
  version: number,
  r: { reason: string; at: Date; by: string },
) {
  await tx
    .update(stageReportVersions)
    .set({ returnReason: r.reason, returnedAt: r.at, returnedBy: r.by })
    .where(and(eq(stageReportVersions.reportId, reportId), eq(stageReportVersions.version, version)));
}

export async function versionsOf(executor: Executor, reportId: string) {
  const submitter = users;
  return executor
    .select({ v: stageReportVersions, submittedByName: submitter.displayName })
    .from(stageReportVersions)
    .innerJoin(submitter, eq(submitter.id, stageReportVersions.submittedBy))
    .where(eq(stageReportVersions.reportId, reportId))
    .orderBy(desc(stageReportVersions.version));
}

export async function lastSubmissions(executor: Executor, reportIds: string[]): Promise<Map<string, Date>> {
  if (!reportIds.length) return new Map();
  const rows = await executor
    .select({ reportId: stageReportVersions.reportId, at: sql<string>`max(${stageReportVersions.submittedAt})` })
    .from(stageReportVersions)
    .where(inArray(stageReportVersions.reportId, reportIds))
    .groupBy(stageReportVersions.reportId);
  return new Map(rows.map((r) => [r.reportId, new Date(r.at)]));
}

export async function userNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await executor
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function attachmentsOf(executor: Executor, reportId: string): Promise<AttachmentRow[]> {
  return executor
    .select()
    .from(stageReportAttachments)
    .where(eq(stageReportAttachments.reportId, reportId))
    .orderBy(asc(stageReportAttachments.createdAt));
}

export async function attachmentOf(executor: Executor, reportId: string, id: string) {
  const [row] = await executor
    .select()
    .from(stageReportAttachments)
    .where(and(eq(stageReportAttachments.reportId, reportId), eq(stageReportAttachments.id, id)));
  return row;
}

export async function insertAttachment(tx: Executor, row: typeof stageReportAttachments.$inferInsert) {
  const [inserted] = await tx.insert(stageReportAttachments).values(row).returning();
  return inserted!;
}

export async function campaignName(executor: Executor, id: string): Promise<string> {
  const [row] = await executor.select({ name: campaigns.name }).from(campaigns).where(eq(campaigns.id, id));
  return row?.name ?? '';
}
