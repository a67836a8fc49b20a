/** The registry's SQL: a body is an organization row plus its certification_bodies row (one writer: this file). */
import { asc, eq } from 'drizzle-orm';
import type { RegisterBodyRequest } from '../../../../contracts/bodies.js';
import type { Executor, Tx } from '../../platform/db/client.js';
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

export async function insertBody(tx: Tx, input: RegisterBodyRequest): Promise<string> {
  const [organization] = await tx
    .insert(organizations)
    .values({ kind: 'certification_body', name: input.name, regionCode: input.regionCode })
    .returning({ id: organizations.id });
  await tx.insert(certificationBodies).values({
    organizationId: organization!.id,
    approvalNumber: input.approvalNumber,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    regionsServed: input.regionsServed,
    industryCodes: input.industryCodes,
  });
  return organization!.id;
}
