/**
 * How many unfinished enterprises each expert assists now, across campaigns (seed 000 §一: 1–2
 * each). Used by the assign guard, the matcher's input and the workload views.
 */
import { and, count, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { participationExperts, participations } from '../participations/participations.table.js';

const FINISHED = ['closed', 'rejected', 'withdrawn'];

export async function expertLoads(
  executor: Executor,
  expertIds: ReadonlyArray<string>,
): Promise<Record<string, number>> {
  if (expertIds.length === 0) return {};
  const rows = await executor
    .select({ expertId: participationExperts.expertUserId, n: count() })
    .from(participationExperts)
    .innerJoin(participations, eq(participations.id, participationExperts.participationId))
    .where(
      and(
        inArray(participationExperts.expertUserId, [...expertIds]),
        isNull(participationExperts.toOn),
        notInArray(participations.stage, FINISHED),
      ),
    )
    .groupBy(participationExperts.expertUserId);
  return Object.fromEntries(rows.map((r) => [r.expertId, r.n]));
}
