/**
 * The self-evaluation report (002 Annex 2): drafted from the statistics table (the 附表, cumulative to the year's end
 * or today) and the region's best cases; the edited sections checked (domain/self-evaluation) before the Word leaves.
 * And a body's CNCA deliverables (认秘函〔2024〕58号): the work summary drafted from its participations and the list of
 * the enterprises it assisted. Every download is audited before it leaves (R19, fail closed).
 */
import type { SelfEvaluationDraft } from '../../../../contracts/self-evaluation.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { ALL_STAGES, type Stage } from '../../../../domain/lifecycle/stages.js';
import { findIndustryCategory } from '../../../../domain/industries/categories.js';
import {
  INSIGHTS_CHARACTER_LIMIT,
  checkSelfEvaluation,
  type SelfEvaluationSections,
} from '../../../../domain/self-evaluation/self-evaluation.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { statisticsTable } from '../statistics/statistics.service.js';
import { assistedByBody, bestCasesOf, bodyName } from './self-evaluation.repository.js';
import { cncaEnterprisesWorkbook, cncaSummaryDocx, selfEvaluationDocx } from './self-evaluation-documents.js';

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
export const words =
  (locale: Locale) =>
  (key: string, values: Record<string, string | number> = {}) =>
    fill(labelOf(locale, 'selfEvaluation', key), values);

/** The report's year and the day its figures run to: the year's last day, or today within the current year. */
function yearAndEnd(ctx: AppContext, year: number | undefined): { year: number; to: string } {
  const today = chinaDate(ctx.clock.now());
  const y = year ?? Number(today.slice(0, 4));
  const end = `${y}-12-31`;
  return { year: y, to: end < today ? end : today };
}

export async function selfEvaluationDraft(
  ctx: AppContext,
  actor: Actor,
  code: string,
  query: { year?: number | undefined },
  locale: Locale,
): Promise<SelfEvaluationDraft> {
  const { year, to } = yearAndEnd(ctx, query.year);
  // 002 Annex 2 附表: 表中数据均为开展提升行动以来的累计数据 (no start: cumulative)
  const table = await statisticsTable(ctx, actor, code, { to }, locale);
  const cases = await bestCasesOf(ctx.database.db, actor, { regionCode: code });
  const w = words(locale);
  const sep = w('listSeparator');
  const mobilisation = [
    w('draftMobilisation', { to, policies: table.policies.count, subsidy: table.policies.subsidyWan }),
    ...(table.policies.items.length > 0
      ? [
          w('draftPolicyList', {
            list: table.policies.items
              .map((p) => w('draftPolicyItem', { documentNumber: p.documentNumber, title: p.title }))
              .join(sep),
          }),
        ]
      : []),
  ].join('\n');
  const publicityTraining = [
    w('draftPublicity'),
    w('draftTraining', {
      personTimes: table.training.total.personTimes,
      online: table.training.online.personTimes,
      offline: table.training.offline.personTimes,
      enterprises: table.training.total.enterprises,
    }),
  ].join('\n');
  const assistance = [
    w('draftAssistance', {
      enterprises: table.assisted.enterprises,
      industries: table.assisted.industryCount,
      bodies: table.bodies.count,
    }),
    ...(table.bodies.items.length > 0
      ? [
          w('draftBodyList', {
            list: table.bodies.items.map((b) => w('draftBodyItem', { name: b.name, n: b.enterprises })).join(sep),
          }),
        ]
      : []),
    ...(cases.length > 0
      ? [
          w('draftCaseList', {
            list: cases.map((c) => w('draftCaseItem', { title: c.title, enterprise: c.enterpriseName })).join(sep),
          }),
        ]
      : []),
  ].join('\n');
  return {
    regionCode: table.regionCode,
    regionName: table.regionName,
    year,
    sections: {
      mobilisation,
      publicityTraining,
      assistance,
      pilot: '',
      insights: '',
      problemsNext: w('draftProblems'),
    },
    table,
    cases,
    insightsLimit: INSIGHTS_CHARACTER_LIMIT,
  };
}

export async function selfEvaluationDownload(
  ctx: AppContext,
  actor: Actor,
  code: string,
  input: { year?: number | undefined; sections: SelfEvaluationSections },
  locale: Locale,
): Promise<{ name: string; file: Buffer }> {
  const check = checkSelfEvaluation(input.sections);
  const problem = check.problems[0];
  if (problem)
    throw new AppError(problem.code, { field: problem.field, detail: `${problem.characters} / ${problem.limit}` });
  const { year, to } = yearAndEnd(ctx, input.year);
  const table = await statisticsTable(ctx, actor, code, { to }, locale);
  const file = await selfEvaluationDocx({ year, table, sections: input.sections }, locale);
  await auditDataAccess(ctx, actor, {
    action: 'self_evaluation.download_docx',
    objectType: 'region',
    objectId: code,
    detail: { year, to },
  });
  return { name: `${table.regionName}-${words(locale)('fileName')}-${year}.docx`, file };
}

// ---- the body's CNCA deliverables ----

/** A body sees only its own deliverables; a bureau any registered body's (its rows filtered to its region). */
async function bodyInScope(ctx: AppContext, actor: Actor, id: string): Promise<string> {
  if (actor.role !== 'bureau_officer' && actor.organizationId !== id)
    throw new AppError('NOT_FOUND', { field: 'body' });
  const name = await bodyName(ctx.database.db, id);
  assertFound(name, 'body');
  return name;
}

export interface CncaRow {
  enterpriseName: string;
  creditCode: string;
  regionName: string;
  industry: string;
  bodyName: string;
  experts: string;
  stage: string;
  certificateNumber: string;
}

async function cncaRows(ctx: AppContext, actor: Actor, id: string, locale: Locale) {
  const rows = await assistedByBody(ctx.database.db, actor, id);
  return rows.map((r) => {
    const category = findIndustryCategory(r.industryCode);
    return {
      ...r,
      industryName: category ? (locale === 'en-US' ? category.nameEn : category.nameZh) : '',
      stageLabel: labelOf(locale, 'stage', r.stage),
    };
  });
}

export async function cncaEnterprises(ctx: AppContext, actor: Actor, id: string, locale: Locale) {
  const name = await bodyInScope(ctx, actor, id);
  const rows: CncaRow[] = (await cncaRows(ctx, actor, id, locale)).map((r) => ({
    enterpriseName: r.enterpriseName,
    creditCode: r.creditCode ?? '',
    regionName: r.regionName,
    industry: `${r.industryCode} ${r.industryName}`.trim(),
    bodyName: r.bodyName,
    experts: r.experts.join('、'),
    stage: r.stageLabel,
    certificateNumber: r.certificateNumber ?? '',
  }));
  const file = await cncaEnterprisesWorkbook(rows, locale);
  await auditDataAccess(ctx, actor, {
    action: 'cnca.download_enterprises',
    objectType: 'organization',
    objectId: id,
    detail: { rows: rows.length },
  });
  return { name: `${name}-${words(locale)('enterprisesFileName')}.xlsx`, file };
}

/** 认秘函〔2024〕58号: 工作总结（2000字左右）, 用数据和案例说话 — the figures and cases drafted, the rest to fill in. */
export async function cncaSummary(ctx: AppContext, actor: Actor, id: string, locale: Locale) {
  const name = await bodyInScope(ctx, actor, id);
  const rows = await cncaRows(ctx, actor, id, locale);
  const w = words(locale);
  const sep = w('listSeparator');
  const countBy = <K extends string>(keyOf: (r: (typeof rows)[number]) => K) => {
    const m = new Map<K, { n: number; row: (typeof rows)[number] }>();
    for (const r of rows) {
      const k = keyOf(r);
      m.set(k, { n: (m.get(k)?.n ?? 0) + 1, row: m.get(k)?.row ?? r });
    }
    return [...m.entries()];
  };
  const stages = countBy((r) => r.stage).sort(
    ([a], [b]) => ALL_STAGES.indexOf(a as Stage) - ALL_STAGES.indexOf(b as Stage),
  );
  const industries = countBy((r) => r.industryCode).sort(([a], [b]) => (a < b ? -1 : 1));
  const regionsOf = countBy((r) => r.regionCode).sort(([a], [b]) => (a < b ? -1 : 1));
  const experts = new Set(rows.flatMap((r) => r.experts));
  const certified = rows.filter((r) => r.certificateNumber).length;
  const cases = await bestCasesOf(ctx.database.db, actor, { bodyId: id });
  const measures = [
    w('summaryOverview', {
      assisted: rows.length,
      regions: regionsOf.length,
      industries: industries.length,
      experts: experts.size,
      certified,
    }),
    w('summaryMethod'),
    w('summaryStages', {
      list: stages.map(([, v]) => w('summaryStageItem', { stage: v.row.stageLabel, n: v.n })).join(sep),
    }),
    w('summaryIndustries', {
      list: industries
        .map(([code, v]) => w('summaryIndustryItem', { code, name: v.row.industryName, n: v.n }))
        .join(sep),
    }),
    w('summaryRegions', {
      list: regionsOf.map(([, v]) => w('summaryRegionItem', { name: v.row.regionName, n: v.n })).join(sep),
    }),
    // 认秘函〔2024〕58号 用数据和案例说话: each enterprise with where it stands
    ...(rows.length > 0
      ? [
          w('summaryEnterprises', {
            list: rows
              .map((r) =>
                w('summaryEnterpriseItem', {
                  name: r.enterpriseName,
                  region: r.regionName,
                  stage: r.stageLabel,
                  certificate: r.certificateNumber ? w('summaryCertificate', { number: r.certificateNumber }) : '',
                }),
              )
              .join(sep),
          }),
        ]
      : []),
    ...(cases.length > 0
      ? [
          w('summaryCases', {
            list: cases.map((c) => w('draftCaseItem', { title: c.title, enterprise: c.enterpriseName })).join(sep),
          }),
        ]
      : []),
  ];
  const file = await cncaSummaryDocx({
    title: w('summaryTitle', { body: name }),
    sections: [
      { heading: w('summaryMeasures'), paragraphs: measures },
      { heading: w('summaryProblems'), paragraphs: [w('summaryProblemsText')] },
      { heading: w('summaryNext'), paragraphs: [w('summaryNextText')] },
    ],
  });
  await auditDataAccess(ctx, actor, { action: 'cnca.download_summary', objectType: 'organization', objectId: id });
  return { name: `${name}-${w('summaryFileName')}.docx`, file };
}
