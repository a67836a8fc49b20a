/**
 * The dashboard (ADR 0044): the figures of the participations in scope and, for each, the participations-list
 * filter whose total equals it, so a click on any bar opens the records behind it. Reads only.
 */
import type { Dashboard, DashboardDrill, DashboardQuery } from '../../../../contracts/dashboard.js';
import { PARTICIPATION_SIZES } from '../../../../contracts/participations.js';
import { childPrefixLength, childRegionOf } from '../../../../domain/dashboard/figures.js';
import { GRADES } from '../../../../domain/evaluation/annex-c.js';
import { ALL_STAGES } from '../../../../domain/lifecycle/stages.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { AppContext } from '../../platform/http/context.js';
import { assertFound } from '../../platform/http/app-error.js';
import { dashboardRegion } from './dashboard.policy.js';
import {
  campaignQuotas,
  organizationNames,
  participationFigures,
  regionNames,
  trainingByMonth,
} from './dashboard.repository.js';

const isOneOf = <T extends string>(values: ReadonlyArray<T>, value: string | null): value is T =>
  value !== null && (values as ReadonlyArray<string>).includes(value);

export async function dashboardOf(ctx: AppContext, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  const db = ctx.database.db;
  const regionCode = dashboardRegion(actor, query.regionCode);
  const quotas = query.campaignId ? await campaignQuotas(db, actor, query.campaignId) : {};
  assertFound(quotas, 'campaign');
  const filter = { campaignId: query.campaignId, regionCode: query.regionCode };
  const childLength = childPrefixLength(regionCode);
  const [rows, training] = await Promise.all([
    participationFigures(db, actor, filter, childLength),
    trainingByMonth(db, actor, filter),
  ]);

  // every drill is the dashboard's own filter narrowed by the figure's key
  const base: DashboardDrill = {
    ...(query.campaignId ? { campaignId: query.campaignId } : {}),
    ...(query.regionCode ? { regionCode: query.regionCode } : {}),
  };
  const drill = (narrow: Partial<DashboardDrill>): DashboardDrill => ({ ...base, ...narrow });
  const of = (set: string) => rows.filter((r) => r.set === set);

  // sub-regions: those with places held, and those the campaign sets a quota for
  const held = new Map(of('child').flatMap((r) => (r.key && r.key !== regionCode ? [[r.key, r.held] as const] : [])));
  const quotaOf = (code: string): number | null => quotas[code] ?? null;
  // a quota set for a region one level below (a deeper quota is not a sub-region of this view)
  const quotaChildren = Object.keys(quotas).filter((code) => childRegionOf(regionCode, code) === code);
  const childCodes = [...new Set([...held.keys(), ...quotaChildren])].sort();
  const bodyIds = of('body').flatMap((r) => (r.key ? [r.key] : []));
  const [names, bodyNames] = await Promise.all([
    regionNames(db, [regionCode, ...childCodes]),
    organizationNames(db, bodyIds),
  ]);
  const total = of('total')[0]?.n ?? 0;

  return {
    campaignId: query.campaignId ?? null,
    regionCode,
    regionName: names.get(regionCode) ?? regionCode,
    total: { count: total, drill: drill({}) },
    funnel: ALL_STAGES.flatMap((stage) => {
      const count = of('stage').find((r) => r.key === stage)?.n ?? 0;
      return count > 0 || !['rejected', 'withdrawn'].includes(stage) ? [{ stage, count, drill: drill({ stage }) }] : [];
    }),
    subRegions: childCodes.map((code) => ({
      regionCode: code,
      regionName: names.get(code) ?? code,
      quota: quotaOf(code),
      count: held.get(code) ?? 0,
      drill: drill({ regionCode: code, reached: 'selected' }),
    })),
    bodies: of('body')
      .flatMap((r) =>
        r.key ? [{ bodyId: r.key, name: bodyNames.get(r.key) ?? '', count: r.n, drill: drill({ bodyId: r.key }) }] : [],
      )
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh')),
    industries: of('industry')
      .flatMap((r) => (r.key ? [{ industryCode: r.key, count: r.n, drill: drill({ industryCode: r.key }) }] : []))
      .sort((a, b) => b.count - a.count || a.industryCode.localeCompare(b.industryCode)),
    sizes: PARTICIPATION_SIZES.flatMap((size) => {
      const row = of('size').find((r) => isOneOf(PARTICIPATION_SIZES, r.key) && r.key === size);
      return row ? [{ size, count: row.n, drill: drill({ size }) }] : [];
    }),
    grades: GRADES.flatMap((grade) => {
      const row = of('grade').find((r) => isOneOf(GRADES, r.key) && r.key === grade);
      return row ? [{ grade, count: row.n, drill: drill({ grade }) }] : [];
    }),
    training: training.map((t) => ({
      month: t.month,
      personTimes: t.personTimes,
      count: t.enterprises,
      drill: drill({ trainedIn: t.month }),
    })),
  };
}
