/** The certification bodies registry (003 §6.2.1): an organization of kind certification_body and its particulars. */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { certificationBodies } from './bodies.table.js';

export async function listBodies(executor: Executor) {
  return executor
    .select({
      id: organizations.id,
      name: organizations.name,
      regionCode: organizations.regionCode,
      b: certificationBodies,
    })
    .from(certificationBodies)
    .innerJoin(organizations, eq(organizations.id, certificationBodies.organizationId))
    .orderBy(asc(organizations.name));
}

export interface NewBody {
  name: string;
  regionCode: string;
  approvalNumber: string;
  contactName: string | null;
  contactPhone: string | null;
  regionsServed: string[];
  industryCodes: string[];
}

/** Writes the organization and its registry row; returns the organization's id. */
export async function insertBody(executor: Executor, body: NewBody): Promise<string> {
  const [org] = await executor
    .insert(organizations)
    .values({ kind: 'certification_body', name: body.name, regionCode: body.regionCode })
    .returning({ id: organizations.id });
  await executor.insert(certificationBodies).values({
    organizationId: org!.id,
    approvalNumber: body.approvalNumber,
    contactName: body.contactName,
    contactPhone: body.contactPhone,
    regionsServed: body.regionsServed,
    industryCodes: body.industryCodes,
  });
  return org!.id;
}
