/**
 * The dashboard (数据看板): the participations in the caller's scope as figures (the funnel by stage, the places held
 * against the quotas by sub-region, by certification body, industry category, size and grade, training by month),
 * each figure carrying the participations-list filter whose `total` equals it (ADR 0044).
 */
import { z } from 'zod';
import { ALL_STAGES } from '../domain/lifecycle/stages.js';
import { GRADES } from '../domain/evaluation/annex-c.js';
import { defineContract } from './endpoint.js';
import { PARTICIPATION_SIZES, ParticipationFilterQuery } from './participations.js';
import { RegionCode, Uuid } from './shared.js';

export const DashboardQuery = z.strictObject({
  campaignId: Uuid.optional(),
  regionCode: RegionCode.optional().describe("absent: the caller's jurisdiction (the whole country for a body)"),
});
export type DashboardQuery = z.output<typeof DashboardQuery>;

/** The participations-list query (GET /api/v1/participations) that lists the records behind a figure. */
export const DashboardDrill = ParticipationFilterQuery.meta({ id: 'DashboardDrill' });
export type DashboardDrill = z.output<typeof DashboardDrill>;

const figure = { count: z.number().int().describe('the list total of `drill`'), drill: DashboardDrill };

export const Dashboard = z
  .object({
    campaignId: Uuid.nullable(),
    regionCode: z.string().describe('the region the figures cover; sub-regions are one level below it'),
    regionName: z.string(),
    total: z.object(figure),
    funnel: z.array(z.object({ stage: z.enum(ALL_STAGES as [string, ...string[]]), ...figure })),
    subRegions: z
      .array(
        z.object({
          regionCode: z.string(),
          regionName: z.string(),
          quota: z.number().int().nullable().describe("the campaign's quota for the sub-region, if it sets one"),
          ...figure,
        }),
      )
      .describe('places held (selected or further) by sub-region'),
    bodies: z.array(z.object({ bodyId: Uuid, name: z.string(), ...figure })),
    industries: z.array(z.object({ industryCode: z.string(), ...figure })),
    sizes: z.array(z.object({ size: z.enum(PARTICIPATION_SIZES), ...figure })),
    grades: z.array(z.object({ grade: z.enum(GRADES), ...figure })),
    training: z
      .array(
        z.object({
          month: z.string().describe('YYYY-MM'),
          personTimes: z.number().int().describe('attendance rows (人次)'),
          ...figure,
        }),
      )
      .describe('person-times by month; `count` is the enterprises trained that month'),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.output<typeof Dashboard>;

export const dashboard = defineContract('dashboard', {
  get: {
    method: 'GET',
    path: '/api/v1/dashboard',
    permission: 'dashboard:read',
    summary: "The dashboard's figures in the caller's scope, each with the list filter that drills into it",
    query: DashboardQuery,
    answer: Dashboard,
    errors: ['NOT_FOUND'],
  },
});
