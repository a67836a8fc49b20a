/** All SQL of excellent cases: the only writer of excellent_cases and excellent_case_steps. */
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { participations } from '../participations/participations.table.js';
import { files } from '../files/files.table.js';
import { excellentCaseSteps, excellentCases } from './cases.table.js';

export type CaseRow = typeof excellentCases.$inferSelect;

const enterpriseOrg = alias(organizations, 'case_enterprise_org');
const atRegion = alias(regions, 'case_at_region');
const bodyOrg = alias(organizations, 'case_body_org');

export async function caseOfParticipation(
  executor: Executor,
  participationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  const q = executor.select().from(excellentCases).where(eq(excellentCases.participationId, participationId));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function caseById(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  const q = executor.select().from(excellentCases).where(eq(excellentCases.id, id));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function insertCase(executor: Executor, values: typeof excellentCases.$inferInsert): Promise<string> {
  const [row] = await executor.insert(excellentCases).values(values).returning({ id: excellentCases.id });
  return row!.id;
}

export async function updateCase(
  executor: Executor,
  id: string,
  changes: Partial<typeof excellentCases.$inferInsert>,
): Promise<void> {
  await executor.update(excellentCases).set(changes).where(eq(excellentCases.id, id));
}

export async function insertStep(executor: Executor, values: typeof excellentCaseSteps.$inferInsert): Promise<void> {
  await executor.insert(excellentCaseSteps).values(values);
}

export async function stepsOf(executor: Executor, caseId: string) {
  return executor
    .select({
      command: excellentCaseSteps.command,
      actorName: users.displayName,
      regionName: regions.name,
      reason: excellentCaseSteps.reason,
      occurredAt: excellentCaseSteps.occurredAt,
    })
    .from(excellentCaseSteps)
    .innerJoin(users, eq(users.id, excellentCaseSteps.actorUserId))
    .leftJoin(regions, eq(regions.code, excellentCaseSteps.regionCode))
    .where(eq(excellentCaseSteps.caseId, caseId))
    .orderBy(asc(excellentCaseSteps.id));
}

/** The regions that have a bureau: the levels a case can pass (domain/cases reviewChain). */
export async function bureauRegions(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ code: organizations.regionCode })
    .from(organizations)
    .where(and(eq(organizations.kind, 'bureau'), isNotNull(organizations.regionCode)));
  return rows.map((r) => r.code!).filter(Boolean);
}

export async function regionNames(executor: Executor, codes: ReadonlyArray<string>): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await executor
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

const summaryColumns = {
  c: excellentCases,
  enterpriseName: enterpriseOrg.name,
  regionCode: participations.regionCode,
  regionName: regions.name,
  industryCode: participations.industryCode,
  year: campaigns.year,
  grade: participations.evaluationGrade,
  atRegionName: atRegion.name,
  bodyName: bodyOrg.name,
  stage: participations.stage,
};

function summaries(executor: Executor) {
  return executor
    .select(summaryColumns)
    .from(excellentCases)
    .innerJoin(participations, eq(participations.id, excellentCases.participationId))
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(regions, eq(regions.code, participations.regionCode))
    .innerJoin(campaigns, eq(campaigns.id, participations.campaignId))
    .leftJoin(atRegion, eq(atRegion.code, excellentCases.atRegionCode))
    .leftJoin(bodyOrg, eq(bodyOrg.id, participations.certificationBodyId))
    .$dynamic();
}
export type CaseSummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

/** The cases with one bureau: pending there or accepted there. */
export async function casesAt(executor: Executor, regionCode: string): Promise<CaseSummaryRow[]> {
  return summaries(executor).where(eq(excellentCases.atRegionCode, regionCode)).orderBy(desc(excellentCases.updatedAt));
}

export interface LibraryFilters {
  regionCode?: string | undefined;
  industryCode?: string | undefined;
  year?: number | undefined;
  grade?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** The published cases, filtered (region and its subtree, industry, year, grade, words). */
export async function library(executor: Executor, f: LibraryFilters) {
  const conditions: SQL[] = [eq(excellentCases.published, true)];
  if (f.regionCode) conditions.push(regionWithin(participations.regionCode, f.regionCode));
  if (f.industryCode) conditions.push(eq(participations.industryCode, f.industryCode));
  if (f.year) conditions.push(eq(campaigns.year, f.year));
  if (f.grade) conditions.push(eq(participations.evaluationGrade, f.grade));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    conditions.push(or(ilike(excellentCases.title, pattern), ilike(enterpriseOrg.name, pattern))!);
  }
  const where = and(...conditions);
  const items = await summaries(executor)
    .where(where)
    .orderBy(desc(excellentCases.publishedAt), asc(excellentCases.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [total] = await executor
    .select({ n: count() })
    .from(excellentCases)
    .innerJoin(participations, eq(participations.id, excellentCases.participationId))
    .innerJoin(enterpriseOrg, eq(enterpriseOrg.id, participations.enterpriseId))
    .innerJoin(campaigns, eq(campaigns.id, participations.campaignId))
    .where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** One case's summary columns (no scope: the caller has decided visibility). */
export async function summaryOf(executor: Executor, id: string): Promise<CaseSummaryRow | undefined> {
  const [row] = await summaries(executor).where(eq(excellentCases.id, id));
  return row;
}

/**
 * Per body and per district (county-level region) of the jurisdiction: the participations with a body, and the
 * cases a bureau has accepted (domain/cases/targets.ts counts those).
 */
export async function targetCounts(executor: Executor, regionCode: string) {
  const accepted = sql<number>`count(${excellentCases.id}) filter (where ${excellentCases.acceptedRegionCode} is not null)`;
  const inJurisdiction = and(
    regionWithin(participations.regionCode, regionCode),
    isNotNull(participations.certificationBodyId),
  );
  const bodies = await executor
    .select({ bodyId: participations.certificationBodyId, bodyName: organizations.name, cases: accepted })
    .from(participations)
    .innerJoin(organizations, eq(organizations.id, participations.certificationBodyId))
    .leftJoin(excellentCases, eq(excellentCases.participationId, participations.id))
    .where(inJurisdiction)
    .groupBy(participations.certificationBodyId, organizations.name)
    .orderBy(organizations.name);
  const districts = await executor
    .select({ regionCode: participations.regionCode, regionName: regions.name, cases: accepted })
    .from(participations)
    .innerJoin(regions, eq(regions.code, participations.regionCode))
    .leftJoin(excellentCases, eq(excellentCases.participationId, participations.id))
    .where(inJurisdiction)
    .groupBy(participations.regionCode, regions.name)
    .orderBy(participations.regionCode);
  return {
    bodies: bodies.map((b) => ({ bodyId: b.bodyId!, bodyName: b.bodyName, cases: Number(b.cases) })),
    districts: districts.map((d) => ({ regionCode: d.regionCode, regionName: d.regionName, cases: Number(d.cases) })),
  };
}

/** Which of these files belong to the participation, with their sniffed type (a figure must be its own JPEG/PNG). */
export async function participationFiles(executor: Executor, participationId: string, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return executor
    .select({ id: files.id, mime: files.mime, sha256: files.sha256, fileName: files.fileName })
    .from(files)
    .where(and(inArray(files.id, [...new Set(ids)]), eq(files.participationId, participationId)));
}
