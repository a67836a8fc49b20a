/**
 * The self-evaluation report's reads (it owns no table): the best cases of a region (published or recommended), and
 * a body's assisted participations with what the CNCA list asks (enterprise, credit code, region, industry, experts,
 * stage, certificate), always in the actor's participation scope.
 */
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.js';
import { organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { regionWithin } from '../../platform/db/row-scope.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { participationScope } from '../participations/participation-scope.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import { certificationBodies } from '../bodies/bodies.table.js';
import { excellentCases } from '../cases/cases.table.js';
import { enterprises } from '../intake/intake.table.js';

const enterprise = alias(organizations, 'enterprise');
const body = alias(organizations, 'body');

/** 002 Annex 2 四 "优良案例": the region's cases that were published or recommended upward, newest first. */
export function bestCasesOf(executor: Executor, actor: Actor, of: { regionCode: string } | { bodyId: string }) {
  return executor
    .select({ id: excellentCases.id, title: excellentCases.title, enterpriseName: enterprise.name })
    .from(excellentCases)
    .innerJoin(participations, eq(participations.id, excellentCases.participationId))
    .innerJoin(enterprise, eq(enterprise.id, participations.enterpriseId))
    .where(
      and(
        participationScope(actor),
        'regionCode' in of
          ? regionWithin(participations.regionCode, of.regionCode)
          : eq(participations.certificationBodyId, of.bodyId),
        or(eq(excellentCases.published, true), eq(excellentCases.status, 'recommended')),
      ),
    )
    .orderBy(asc(excellentCases.title), asc(excellentCases.id));
}

/** The body's name, when the id is a registered certification body. */
export async function bodyName(executor: Executor, id: string): Promise<string | undefined> {
  const [row] = await executor
    .select({ name: organizations.name })
    .from(certificationBodies)
    .innerJoin(organizations, eq(organizations.id, certificationBodies.organizationId))
    .where(eq(certificationBodies.organizationId, id));
  return row?.name;
}

/** Every participation the body assists, in the actor's scope (a bureau: its region; a body: its own). */
export async function assistedByBody(executor: Executor, actor: Actor, bodyId: string) {
  const rows = await executor
    .select({
      participationId: participations.id,
      enterpriseName: enterprise.name,
      creditCode: enterprises.uscc,
      regionCode: participations.regionCode,
      regionName: regions.name,
      industryCode: participations.industryCode,
      bodyName: body.name,
      stage: participations.stage,
      certificateNumber: participations.certificateNumber,
    })
    .from(participations)
    .innerJoin(enterprise, eq(enterprise.id, participations.enterpriseId))
    .leftJoin(enterprises, eq(enterprises.organizationId, participations.enterpriseId))
    .innerJoin(regions, eq(regions.code, participations.regionCode))
    .innerJoin(body, eq(body.id, participations.certificationBodyId))
    .where(and(participationScope(actor), eq(participations.certificationBodyId, bodyId)))
    .orderBy(asc(participations.regionCode), asc(enterprise.name), asc(participations.id));
  const ids = rows.map((r) => r.participationId);
  const experts =
    ids.length === 0
      ? []
      : await executor
          .select({ participationId: participationExperts.participationId, name: users.displayName })
          .from(participationExperts)
          .innerJoin(users, eq(users.id, participationExperts.expertUserId))
          .where(and(inArray(participationExperts.participationId, ids), isNull(participationExperts.toOn)))
          .orderBy(asc(users.displayName));
  const byParticipation = new Map<string, string[]>();
  for (const e of experts)
    byParticipation.set(e.participationId, [...(byParticipation.get(e.participationId) ?? []), e.name]);
  return rows.map((r) => ({ ...r, experts: byParticipation.get(r.participationId) ?? [] }));
}
