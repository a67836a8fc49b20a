/** The registry's use cases: read it (phones masked, 008 R31), register a body (checked, audited, one transaction). */
import type { CertificationBody, RegisterBodyRequest } from '../../../../contracts/bodies.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { assertRegionsForNewRecord } from '../reference/region-validity.js';
import { assertMayRegister } from './bodies.policy.js';
import { approvalNumbersOf, bodyWithApprovalNumber, insertBodyDetails, selectBodies } from './bodies.repository.js';
import { createOrganizationRecords } from '../accounts/identity-records.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/app-error.js';

export async function listBodies(ctx: AppContext): Promise<CertificationBody[]> {
  const rows = await selectBodies(ctx.database.db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    approvalNumber: row.approvalNumber,
    contactName: row.contactName,
    contactPhone: maskPhone(row.contactPhone),
    regionsServed: row.regionsServed,
    industryCodes: row.industryCodes,
  }));
}

export async function registerBody(ctx: AppContext, actor: Actor, input: RegisterBodyRequest): Promise<string> {
  assertMayRegister(actor, input);
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await assertRegionsForNewRecord(tx, [input.regionCode], 'regionCode');
    await assertRegionsForNewRecord(tx, input.regionsServed, 'regionsServed');
    const [id] = await createOrganizationRecords(tx, [
      { kind: 'certification_body', name: input.name, regionCode: input.regionCode },
    ]);
    await recordBodyDetails(tx, id!, input);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'body.register',
      objectType: 'organization',
      objectId: id,
      outcome: 'success',
      after: input,
    });
    return id!;
  });
}

/** The registry particulars of a new body's organization; one CNCA approval number, one body. */
export async function recordBodyDetails(
  tx: Executor,
  organizationId: string,
  input: Pick<RegisterBodyRequest, 'approvalNumber'> & Partial<RegisterBodyRequest>,
): Promise<void> {
  if (await bodyWithApprovalNumber(tx, input.approvalNumber)) {
    throw new AppError('ORGANIZATION_DUPLICATE', { field: 'approvalNumber' });
  }
  await insertBodyDetails(tx, organizationId, input);
}

export function bodyApprovalNumbers(db: Executor): Promise<Map<string, string>> {
  return approvalNumbersOf(db);
}
