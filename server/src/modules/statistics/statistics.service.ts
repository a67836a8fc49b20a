/**
 * The statistics table of 002 Annex 2 (附表) for a region and period: row 1 from the policy register, row 2 from
 * training's own statistics (its counting rule, not repeated here), rows 3–4 from the participations that reached
 * `assigned`; the figures by domain/statistics, every figure with the rows endpoint that lists what it counts.
 */
import type {
  AssistedRow,
  Drill,
  StatisticsPeriodQuery,
  StatisticsTable,
  TrainingRow,
} from '../../../../contracts/statistics.js';
import type { Policy } from '../../../../contracts/policies.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import type { Stage } from '../../../../domain/lifecycle/stages.js';
import {
  assistedIn,
  policiesIn,
  statisticsFigures,
  type AssistedFact,
  type Period,
} from '../../../../domain/statistics/statistics.js';
import type { TrainingDelivery } from '../../../../domain/training/training.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { AppContext } from '../../platform/http/context.js';
import { assertFound } from '../../platform/http/app-error.js';
import { assertPeriod, policiesOfRegion } from '../policies/policies.service.js';
import { attendanceRows, statistics as trainingStatistics } from '../training/training.service.js';
import { assertRegionInJurisdiction } from './statistics.policy.js';
import { approvalNumbers, assignedParticipations, enterpriseNamesOf, regionName } from './statistics.repository.js';

interface Scope {
  regionCode: string;
  regionName: string;
  period: Period & { to: string };
}

/** The region (in the caller's jurisdiction, known) and the period (ordered; its end today when not given). */
async function scopeOfTable(ctx: AppContext, actor: Actor, code: string, query: StatisticsPeriodQuery): Promise<Scope> {
  assertRegionInJurisdiction(actor, code);
  const name = await regionName(ctx.database.db, code);
  assertFound(name, 'region');
  assertPeriod(query);
  const to = query.to ?? chinaDate(ctx.clock.now());
  return { regionCode: code, regionName: name, period: { ...(query.from ? { from: query.from } : {}), to } };
}

type AssistedRecord = AssistedFact & {
  enterpriseName: string;
  regionName: string;
  bodyName: string | null;
  stage: Stage;
};

async function assistedOf(ctx: AppContext, actor: Actor, scope: Scope): Promise<AssistedRecord[]> {
  const rows = await assignedParticipations(ctx.database.db, actor, scope.regionCode);
  const facts = rows.map((r) => ({
    ...r,
    stage: r.stage as Stage,
    // the day of the first entry into `assigned`, in China time (the campaign's calendar)
    assignedOn: chinaDate(new Date(r.assignedAt ?? 0)),
  }));
  return assistedIn(facts, scope.regionCode, scope.period);
}

async function policiesOf(ctx: AppContext, actor: Actor, scope: Scope): Promise<Policy[]> {
  const all = await policiesOfRegion(ctx.database.db, actor, scope.regionCode, {});
  return policiesIn(
    all.map((p) => ({ ...p, issuedOn: p.issuedOn })),
    scope.regionCode,
    scope.period,
  );
}

export async function statisticsTable(
  ctx: AppContext,
  actor: Actor,
  code: string,
  query: StatisticsPeriodQuery,
  locale: Locale,
): Promise<StatisticsTable> {
  const scope = await scopeOfTable(ctx, actor, code, query);
  const [policies, assisted, training] = await Promise.all([
    policiesOf(ctx, actor, scope),
    assistedOf(ctx, actor, scope),
    trainingStatistics(ctx, actor, { by: 'region', regionCode: scope.regionCode, ...scope.period }, locale),
  ]);
  const figures = statisticsFigures({ policies, assisted, training });
  const bodyNames = new Map(assisted.map((a) => [a.bodyId, a.bodyName]));
  const numbers = await approvalNumbers(
    ctx.database.db,
    figures.bodies.map((b) => b.bodyId),
  );
  const drill = (d: Drill): Drill => d;
  return {
    regionCode: scope.regionCode,
    regionName: scope.regionName,
    from: scope.period.from ?? null,
    to: scope.period.to,
    policies: { ...figures.policies, items: policies, drill: drill({ rows: 'policies' }) },
    training: {
      online: { ...figures.training.online, drill: drill({ rows: 'training', delivery: 'online' }) },
      offline: { ...figures.training.offline, drill: drill({ rows: 'training', delivery: 'offline' }) },
      total: { ...figures.training.total, drill: drill({ rows: 'training' }) },
    },
    assisted: {
      enterprises: figures.assisted.enterprises,
      industryCount: figures.assisted.industries.length,
      industries: figures.assisted.industries.map((i) => ({
        code: i.code,
        name: locale === 'en-US' ? i.nameEn : i.nameZh,
        enterprises: i.enterprises,
        drill: drill({ rows: 'assisted', industryCode: i.code }),
      })),
      drill: drill({ rows: 'assisted' }),
    },
    bodies: {
      count: figures.bodies.length,
      items: figures.bodies.map((b) => ({
        id: b.bodyId,
        name: bodyNames.get(b.bodyId) ?? '',
        approvalNumber: numbers.get(b.bodyId) ?? '',
        enterprises: b.enterprises,
        drill: drill({ rows: 'assisted', bodyId: b.bodyId }),
      })),
    },
  };
}

// ---- the rows behind the figures ----

function pageOfRows<T>(rows: T[], page: number, pageSize: number) {
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
}

export async function policyRows(ctx: AppContext, actor: Actor, code: string, query: StatisticsPeriodQuery) {
  return { items: await policiesOf(ctx, actor, await scopeOfTable(ctx, actor, code, query)) };
}

export async function assistedRows(
  ctx: AppContext,
  actor: Actor,
  code: string,
  query: StatisticsPeriodQuery & { industryCode?: string; bodyId?: string; page: number; pageSize: number },
) {
  const scope = await scopeOfTable(ctx, actor, code, query);
  const rows: AssistedRow[] = (await assistedOf(ctx, actor, scope))
    .filter(
      (a) =>
        (query.industryCode === undefined || a.industryCode === query.industryCode) &&
        (query.bodyId === undefined || a.bodyId === query.bodyId),
    )
    .sort((a, b) =>
      a.assignedOn !== b.assignedOn
        ? a.assignedOn < b.assignedOn
          ? 1
          : -1
        : a.participationId < b.participationId
          ? -1
          : 1,
    )
    .map((a) => ({
      participationId: a.participationId,
      enterpriseName: a.enterpriseName,
      regionCode: a.regionCode,
      regionName: a.regionName,
      industryCode: a.industryCode,
      bodyName: a.bodyName,
      assignedOn: a.assignedOn,
      stage: a.stage,
    }));
  return pageOfRows(rows, query.page, query.pageSize);
}

export async function trainingRows(
  ctx: AppContext,
  actor: Actor,
  code: string,
  query: StatisticsPeriodQuery & { delivery?: TrainingDelivery; page: number; pageSize: number },
) {
  const scope = await scopeOfTable(ctx, actor, code, query);
  const rows = await attendanceRows(ctx, actor, {
    regionCode: scope.regionCode,
    ...scope.period,
    ...(query.delivery ? { delivery: query.delivery } : {}),
  });
  const page = pageOfRows(rows, query.page, query.pageSize);
  const names = await enterpriseNamesOf(
    ctx.database.db,
    actor,
    page.items.map((r) => r.participationId),
  );
  const items: TrainingRow[] = page.items.map((r) => ({ ...r, enterpriseName: names.get(r.participationId) ?? '' }));
  return { ...page, items };
}
