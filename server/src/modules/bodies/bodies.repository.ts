/** The registry's SQL: a body is an organization row (written by the accounts capability) plus its certification_bodies row. */
import { asc, eq } from 'drizzle-orm';
import type { RegisterBodyRequest } from '../../../../contracts/bodies.js';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { certificationBodies } from './bodies.table.js';

export async function selectBodies(db: Executor) {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      regionCode: organizations.regionCode,
      body: certificationBodies,
    })
    .from(certificationBodies)
    .innerJoin(organizations, eq(organizations.id, certificationBodies.organizationId))
    .orderBy(asc(organizations.name));
  return rows.map(({ body, ...organization }) => ({ ...organization, ...body }));
}

/** A body's registry particulars beside its organization row (which the accounts capability writes, ADR 0034). */
export async function insertBodyDetails(
  tx: Executor,
  organizationId: string,
  input: Pick<RegisterBodyRequest, 'approvalNumber'> & Partial<RegisterBodyRequest>,
): Promise<void> {
  await tx.insert(certificationBodies).values({
    organizationId,
    approvalNumber: input.approvalNumber,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    regionsServed: input.regionsServed ?? [],
    industryCodes: input.industryCodes ?? [],
  });
}

export async function bodyWithApprovalNumber(db: Executor, approvalNumber: string) {
  const [row] = await db
    .select({ id: certificationBodies.organizationId })
    .from(certificationBodies)
    .where(eq(certificationBodies.approvalNumber, approvalNumber));
  return row;
}

export async function approvalNumbersOf(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: certificationBodies.organizationId, approvalNumber: certificationBodies.approvalNumber })
    .from(certificationBodies);
  return new Map(rows.map((r) => [r.id, r.approvalNumber]));
}
