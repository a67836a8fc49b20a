/**
 * The one writer of `impartiality_findings` (ADR 0013, 0018, 0024): a conflict the register check
 * found, a refused appointment (the cooling-off rule) and every hard rule overridden with a reason,
 * each under the participation's region and certification body so the report shows it to them.
 */
import type { Executor } from '../../platform/db/client.js';
import { impartialityFindings } from './impartiality.table.js';
import type { participations } from '../participations/participations.table.js';

type ParticipationRow = Pick<
  typeof participations.$inferSelect,
  'id' | 'enterpriseId' | 'campaignId' | 'certificationBodyId' | 'regionCode'
>;

export interface FindingInput {
  kind: 'found' | 'refused' | 'overridden';
  /** COOLING_OFF or a hard pair rule (domain/matching/pair-check). */
  rules: ReadonlyArray<string>;
  participation: ParticipationRow;
  /** The person the finding is about (the expert, auditor or decision maker). */
  userId: string;
  actorUserId: string;
  reason?: string | null;
  detail?: Record<string, unknown>;
  occurredAt: Date;
}

export async function recordFindings(executor: Executor, input: FindingInput): Promise<void> {
  if (input.rules.length === 0) return;
  const p = input.participation;
  await executor.insert(impartialityFindings).values(
    input.rules.map((rule) => ({
      occurredAt: input.occurredAt,
      kind: input.kind,
      rule,
      enterpriseId: p.enterpriseId,
      participationId: p.id,
      campaignId: p.campaignId,
      organizationId: p.certificationBodyId,
      regionCode: p.regionCode,
      userId: input.userId,
      actorUserId: input.actorUserId,
      reason: input.reason ?? null,
      detail: input.detail ?? {},
    })),
  );
}
