/**
 * The self-evaluation report of 002 Annex 2 (six sections 一–六 and the 附表 figures) for a region in the caller's
 * jurisdiction, drafted from the platform's data, edited in the browser and downloaded as Word; and a certification
 * body's CNCA deliverables (认秘函〔2024〕58号): the ~2,000-character work summary and the assisted-enterprise list.
 */
import { z } from 'zod';
import { SELF_EVALUATION_SECTIONS } from '../domain/self-evaluation/self-evaluation.js';
import { defineContract } from './endpoint.js';
import { StatisticsTable, RegionParams } from './statistics.js';
import { Uuid } from './shared.js';

export const ReportYearQuery = z.strictObject({
  year: z.coerce.number().int().min(2020).max(2100).optional().describe('absent: this year'),
});
export type ReportYearQuery = z.output<typeof ReportYearQuery>;

const sectionShape = Object.fromEntries(SELF_EVALUATION_SECTIONS.map((s) => [s, z.string().max(100_000)])) as Record<
  (typeof SELF_EVALUATION_SECTIONS)[number],
  z.ZodString
>;
export const SelfEvaluationSectionsSchema = z.strictObject(sectionShape).meta({ id: 'SelfEvaluationSections' });

export const SelfEvaluationDraft = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    year: z.number().int(),
    sections: SelfEvaluationSectionsSchema,
    /** the 附表 figures the draft was written from (the statistics table, cumulative to the year's end or today) */
    table: StatisticsTable,
    cases: z.array(z.object({ id: Uuid, title: z.string(), enterpriseName: z.string() })),
    insightsLimit: z.number().int(),
  })
  .meta({ id: 'SelfEvaluationDraft' });
export type SelfEvaluationDraft = z.output<typeof SelfEvaluationDraft>;

export const SelfEvaluationDocxRequest = z.strictObject({
  year: z.number().int().min(2020).max(2100).optional(),
  sections: SelfEvaluationSectionsSchema,
});

export const BodyParams = z.object({ id: Uuid });

export const selfEvaluation = defineContract('selfEvaluation', {
  draft: {
    method: 'GET',
    path: '/api/v1/self-evaluation/regions/:code/draft',
    permission: 'statistics:read',
    summary: "The 002 Annex 2 self-evaluation report of a region in the caller's jurisdiction, drafted from data",
    params: RegionParams,
    query: ReportYearQuery,
    answer: SelfEvaluationDraft,
    errors: ['NOT_FOUND'],
  },
  docx: {
    method: 'POST',
    path: '/api/v1/self-evaluation/regions/:code/docx',
    permission: 'statistics:read',
    summary: 'The (edited) self-evaluation report as Word, in the outline of 002 Annex 2 with the 附表 figures',
    params: RegionParams,
    body: SelfEvaluationDocxRequest,
    answer: 'file',
    errors: ['NOT_FOUND', 'SELF_EVALUATION_INSIGHTS_TOO_LONG', 'SELF_EVALUATION_SECTION_TOO_LONG'],
  },
  cncaSummary: {
    method: 'GET',
    path: '/api/v1/certification-bodies/:id/cnca-summary.docx',
    permission: 'body:read',
    summary: "A body's CNCA work summary (认秘函〔2024〕58号, about 2,000 characters) drafted from its data, as Word",
    params: BodyParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  cncaEnterprises: {
    method: 'GET',
    path: '/api/v1/certification-bodies/:id/cnca-enterprises.xlsx',
    permission: 'body:read',
    summary: 'The list of enterprises a body assisted (认秘函〔2024〕58号 attachment), as Excel',
    params: BodyParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
