/**
 * The audit trail's reads for its administrator (platform/audit/trail.ts is its only writer): filtered pages with
 * the actor's name and organization, the objects' names resolved in bulk per page, and keyset pages for the export.
 */
import { and, count, desc, eq, gte, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { AuditPeriod } from '../../../../domain/audit/period.js';
import type { Executor } from '../../platform/db/client.js';
import { auditTrail } from '../../platform/audit/audit-trail.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { excellentCases } from '../cases/cases.table.js';
import { files } from '../files/files.table.js';
import { workingGroups } from '../matching/matching.table.js';
import { participations } from '../participations/participations.table.js';
import { rosterImports } from '../rosters/rosters.table.js';

export interface AuditFilter {
  period: AuditPeriod;
  actorUserId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  outcome?: string;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.period.start) conditions.push(gte(auditTrail.occurredAt, filter.period.start));
  if (filter.period.end) conditions.push(lt(auditTrail.occurredAt, filter.period.end));
  if (filter.actorUserId) conditions.push(eq(auditTrail.actorUserId, filter.actorUserId));
  if (filter.action) conditions.push(eq(auditTrail.action, filter.action));
  if (filter.objectType) conditions.push(eq(auditTrail.objectType, filter.objectType));
  if (filter.objectId) conditions.push(eq(auditTrail.objectId, filter.objectId));
  if (filter.outcome) conditions.push(eq(auditTrail.outcome, filter.outcome));
  return conditions.length ? and(...conditions) : undefined;
}

const actorOrganizations = organizations;

const entryColumns = {
  seq: auditTrail.seq,
  occurredAt: auditTrail.occurredAt,
  actorUserId: auditTrail.actorUserId,
  actorName: users.displayName,
  actorOrganizationId: auditTrail.actorOrganizationId,
  actorOrganizationName: actorOrganizations.name,
  actorRole: auditTrail.actorRole,
  action: auditTrail.action,
  objectType: auditTrail.objectType,
  objectId: auditTrail.objectId,
  outcome: auditTrail.outcome,
  beforeDigest: auditTrail.beforeDigest,
  afterDigest: auditTrail.afterDigest,
  detail: auditTrail.detail,
  prevHash: auditTrail.prevHash,
  hash: auditTrail.hash,
  hashVersion: auditTrail.hashVersion,
};

function entriesQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(entryColumns)
    .from(auditTrail)
    .leftJoin(users, eq(users.id, auditTrail.actorUserId))
    .leftJoin(actorOrganizations, eq(actorOrganizations.id, auditTrail.actorOrganizationId))
    .where(where)
    .orderBy(desc(auditTrail.seq));
}

export type AuditRow = Awaited<ReturnType<typeof entriesQuery>>[number];

/** One page of entries, newest first, and how many match in all. */
export async function auditEntriesPage(db: Executor, filter: AuditFilter, page: { limit: number; offset: number }) {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    entriesQuery(db, where).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(auditTrail).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The next entries of the export after `beforeSeq` (newest first), for keyset paging. */
export async function auditEntriesBefore(db: Executor, filter: AuditFilter, beforeSeq: number | null, limit: number) {
  const where = whereOf(filter);
  return entriesQuery(db, beforeSeq === null ? where : and(where, lt(auditTrail.seq, beforeSeq))).limit(limit);
}

/** Everyone who appears as an actor, with the name and the organization of their latest entry. */
export async function auditActors(db: Executor) {
  const rows = await db
    .selectDistinctOn([auditTrail.actorUserId], {
      userId: auditTrail.actorUserId,
      name: users.displayName,
      organizationName: organizations.name,
    })
    .from(auditTrail)
    .innerJoin(users, eq(users.id, auditTrail.actorUserId))
    .leftJoin(organizations, eq(organizations.id, auditTrail.actorOrganizationId))
    .where(isNotNull(auditTrail.actorUserId))
    .orderBy(auditTrail.actorUserId, desc(auditTrail.seq));
  return rows
    .map((r) => ({ userId: r.userId!, name: r.name, organizationName: r.organizationName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names of the objects a page of entries is about, in one query per object type present: `type:id` → name.
 * A participation is named by its enterprise and campaign; an id that is not a uuid (a route) has no name.
 */
export async function objectNames(
  db: Executor,
  refs: ReadonlyArray<{ objectType: string | null; objectId: string | null }>,
): Promise<Map<string, string>> {
  const idsOf = new Map<string, Set<string>>();
  for (const { objectType, objectId } of refs) {
    if (!objectType || !objectId || !UUID.test(objectId)) continue;
    const ids = idsOf.get(objectType) ?? new Set<string>();
    idsOf.set(objectType, ids);
    ids.add(objectId);
  }
  const names = new Map<string, string>();
  const put = (type: string, rows: Array<{ id: string; name: string | null }>) => {
    for (const r of rows) if (r.name) names.set(`${type}:${r.id}`, r.name);
  };
  const ids = (type: string) => [...(idsOf.get(type) ?? [])];
  const lookups: Array<Promise<void>> = [];
  if (idsOf.has('participation'))
    lookups.push(
      db
        .select({ id: participations.id, enterprise: organizations.name, campaign: campaigns.name })
        .from(participations)
        .innerJoin(organizations, eq(organizations.id, participations.enterpriseId))
        .innerJoin(campaigns, eq(campaigns.id, participations.campaignId))
        .where(inArray(participations.id, ids('participation')))
        .then((rows) =>
          put(
            'participation',
            rows.map((r) => ({ id: r.id, name: `${r.enterprise} · ${r.campaign}` })),
          ),
        ),
    );
  for (const type of ['enterprise', 'organization'])
    if (idsOf.has(type))
      lookups.push(
        db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.id, ids(type)))
          .then((rows) => put(type, rows)),
      );
  if (idsOf.has('campaign'))
    lookups.push(
      db
        .select({ id: campaigns.id, name: campaigns.name })
        .from(campaigns)
        .where(inArray(campaigns.id, ids('campaign')))
        .then((rows) => put('campaign', rows)),
    );
  if (idsOf.has('user'))
    lookups.push(
      db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, ids('user')))
        .then((rows) => put('user', rows)),
    );
  if (idsOf.has('membership'))
    lookups.push(
      db
        .select({ id: memberships.id, user: users.displayName, organization: organizations.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(inArray(memberships.id, ids('membership')))
        .then((rows) =>
          put(
            'membership',
            rows.map((r) => ({ id: r.id, name: `${r.user} · ${r.organization}` })),
          ),
        ),
    );
  if (idsOf.has('working_group'))
    lookups.push(
      db
        .select({ id: workingGroups.id, name: workingGroups.name })
        .from(workingGroups)
        .where(inArray(workingGroups.id, ids('working_group')))
        .then((rows) => put('working_group', rows)),
    );
  if (idsOf.has('case'))
    lookups.push(
      db
        .select({ id: excellentCases.id, name: excellentCases.title })
        .from(excellentCases)
        .where(inArray(excellentCases.id, ids('case')))
        .then((rows) => put('case', rows)),
    );
  if (idsOf.has('file'))
    lookups.push(
      db
        .select({ id: files.id, name: files.fileName })
        .from(files)
        .where(inArray(files.id, ids('file')))
        .then((rows) => put('file', rows)),
    );
  if (idsOf.has('roster_import'))
    lookups.push(
      db
        .select({ id: rosterImports.id, name: rosterImports.fileName })
        .from(rosterImports)
        .where(inArray(rosterImports.id, ids('roster_import')))
        .then((rows) => put('roster_import', rows)),
    );
  await Promise.all(lookups);
  return names;
}
