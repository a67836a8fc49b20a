/**
 * A direct assignment keeps the same hard pair rules a proposal keeps (domain/matching/pair-check; ADR 0013):
 * specialty, declared conflicts, availability, capacity, for each expert named.
 */
import type { Executor } from '../../platform/db/client.js';
import { checkAssignment, type HardPairRule } from '../../../../domain/matching/pair-check.js';
import { barredUsccs } from '../../../../domain/experts/expert-profile.js';
import { expertsOfBody } from '../experts/experts.repository.js';
import type { findParticipation } from './participations.repository.js';

/**
 * The hard pair rules (domain/matching/pair-check, the same a proposal keeps) each expert of a
 * direct assignment would break with this enterprise on the day.
 */
export async function pairRulesBroken(
  tx: Executor,
  row: NonNullable<Awaited<ReturnType<typeof findParticipation>>>,
  expertIds: string[],
  onDate: string,
): Promise<Record<string, HardPairRule[]>> {
  if (expertIds.length === 0 || !row.p.certificationBodyId) return {};
  const experts = await expertsOfBody(tx, row.p.certificationBodyId, onDate, expertIds);
  const enterprise = { id: row.p.id, category: row.p.industryCode, regionCode: row.p.regionCode };
  return Object.fromEntries(
    experts.map((e) => {
      const profile = e.rawProfile;
      const check = checkAssignment({
        expert: profile
          ? {
              id: e.userId,
              categories: profile.categories,
              regionCode: profile.homeRegionCode,
              capacity: profile.capacity,
              unavailable: profile.unavailable,
            }
          : null,
        enterprise,
        conflicted: profile ? barredUsccs(profile.conflicts, onDate).has(row.enterprise.uscc) : false,
        onDate,
        loadWithPair: e.load + 1,
      });
      return [e.userId, check.hard];
    }),
  );
}
