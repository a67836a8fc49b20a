/** All SQL of certification; the only writer of its three tables. */
import { and, asc, eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { certificationBodies } from '../bodies/bodies.table.js';
import { certificates, certificationApplications, surveillances } from './certification.table.js';

export async function applicationOf(executor: Executor, participationId: string) {
  const [row] = await executor
    .select({ a: certificationApplications, bodyName: organizations.name })
    .from(certificationApplications)
    .innerJoin(organizations, eq(organizations.id, certificationApplications.bodyId))
    .where(eq(certificationApplications.participationId, participationId));
  return row;
}

export async function insertApplication(executor: Executor, row: typeof certificationApplications.$inferInsert) {
  await executor.insert(certificationApplications).values(row);
}

export async function certificatesOf(executor: Executor, participationId: string) {
  return executor
    .select()
    .from(certificates)
    .where(eq(certificates.participationId, participationId))
    .orderBy(asc(certificates.kind));
}

export async function certificateOf(executor: Executor, participationId: string, kind: 'issued' | 'existing') {
  const [row] = await executor
    .select()
    .from(certificates)
    .where(and(eq(certificates.participationId, participationId), eq(certificates.kind, kind)))
    .for('update');
  return row;
}

export async function insertCertificate(executor: Executor, row: typeof certificates.$inferInsert): Promise<string> {
  const [inserted] = await executor.insert(certificates).values(row).returning({ id: certificates.id });
  return inserted!.id;
}

export async function setNextDue(executor: Executor, certificateId: string, nextDueOn: string | null) {
  await executor.update(certificates).set({ nextDueOn }).where(eq(certificates.id, certificateId));
}

export async function surveillancesOf(executor: Executor, certificateId: string) {
  return executor
    .select()
    .from(surveillances)
    .where(eq(surveillances.certificateId, certificateId))
    .orderBy(asc(surveillances.heldOn));
}

export async function insertSurveillance(executor: Executor, row: typeof surveillances.$inferInsert) {
  await executor.insert(surveillances).values(row);
}

/** The registered certification bodies (any, not only the assisting one; the enterprise chooses freely). */
export async function registeredBodies(executor: Executor, bodyId?: string) {
  return executor
    .select({ id: organizations.id, name: organizations.name })
    .from(certificationBodies)
    .innerJoin(organizations, eq(organizations.id, certificationBodies.organizationId))
    .where(bodyId ? eq(organizations.id, bodyId) : undefined)
    .orderBy(asc(organizations.name));
}

/** The participation (its id column) was applied for certification to this body: the body's scope (002 step 9). */
export function appliedTo(organizationId: string, participationId: Column): SQL {
  return sql`exists (select 1 from ${certificationApplications} where ${and(
    eq(certificationApplications.participationId, participationId),
    eq(certificationApplications.bodyId, organizationId),
  )})`;
}

/** Reminders (domain/reminders): the certificates whose next surveillance or recertification falls between the dates. */
export async function surveillancesDueBetween(executor: Executor, from: string, to: string) {
  return executor
    .select({
      id: certificates.id,
      dueOn: certificates.nextDueOn,
      participationId: certificates.participationId,
      bodyId: certificates.bodyId,
    })
    .from(certificates)
    .where(
      sql`${certificates.nextDueOn} between ${from} and ${to} and ${certificates.nextDueOn} <= ${certificates.expiresOn}`,
    );
}
