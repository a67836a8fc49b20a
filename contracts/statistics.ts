/**
 * The statistics table of seed 002 Annex 2 (附表《提升行动统计表》) for a region (the caller's jurisdiction or below) and a
 * period, cumulative "since the campaign began" unless a start is given; its XLSX in the table's layout; and, for every
 * figure, the rows behind it (each figure carries the rows endpoint and filter that list them).
 */
import { z } from 'zod';
import { ALL_STAGES } from '../domain/lifecycle/stages.js';
import { TRAINING_DELIVERIES } from '../domain/training/training.js';
import { defineContract } from './endpoint.js';
import { Policy } from './policies.js';
import { IndustryCode, IsoDate, PageQuery, RegionCode, Uuid, pageOf } from './shared.js';

export const RegionParams = z.object({ code: RegionCode });

export const StatisticsPeriodQuery = z.strictObject({
  from: IsoDate.optional().describe('absent: since the campaign began'),
  to: IsoDate.optional().describe('absent: today'),
});
export type StatisticsPeriodQuery = z.output<typeof StatisticsPeriodQuery>;

export const STATISTICS_ROWS = ['policies', 'training', 'assisted'] as const;

/** Where a figure comes from: the rows endpoint (statistics.<rows>Rows) and its filter, with the table's region and period. */
export const Drill = z
  .object({
    rows: z.enum(STATISTICS_ROWS),
    industryCode: z.string().optional(),
    bodyId: Uuid.optional(),
    delivery: z.enum(TRAINING_DELIVERIES).optional(),
  })
  .meta({ id: 'StatisticsDrill' });
export type Drill = z.output<typeof Drill>;

const Counts = z.object({ personTimes: z.number().int(), enterprises: z.number().int() });

export const StatisticsTable = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    from: z.string().nullable(),
    to: z.string(),
    /** Row 1. */
    policies: z.object({
      count: z.number().int(),
      subsidyWan: z.string(),
      creditWan: z.string(),
      feesWaivedWan: z.string(),
      items: z.array(Policy),
      drill: Drill,
    }),
    /** Row 2 (training's own counting rule). */
    training: z.object({
      online: Counts.extend({ drill: Drill }),
      offline: Counts.extend({ drill: Drill }),
      total: Counts.extend({ drill: Drill }),
    }),
    /** Row 3. */
    assisted: z.object({
      enterprises: z.number().int(),
      industryCount: z.number().int(),
      industries: z.array(
        z.object({ code: z.string(), name: z.string(), enterprises: z.number().int(), drill: Drill }),
      ),
      drill: Drill,
    }),
    /** Row 4. */
    bodies: z.object({
      count: z.number().int(),
      items: z.array(
        z.object({
          id: Uuid,
          name: z.string(),
          approvalNumber: z.string(),
          enterprises: z.number().int(),
          drill: Drill,
        }),
      ),
    }),
  })
  .meta({ id: 'StatisticsTable' });
export type StatisticsTable = z.output<typeof StatisticsTable>;

export const TrainingRowsQuery = z.strictObject({
  ...PageQuery.shape,
  ...StatisticsPeriodQuery.shape,
  delivery: z.enum(TRAINING_DELIVERIES).optional(),
});
export const AssistedRowsQuery = z.strictObject({
  ...PageQuery.shape,
  ...StatisticsPeriodQuery.shape,
  industryCode: IndustryCode.optional(),
  bodyId: Uuid.optional(),
});

export const TrainingRow = z.object({
  attendanceId: Uuid,
  sessionId: Uuid,
  sessionTitle: z.string(),
  heldOn: z.string(),
  delivery: z.enum(TRAINING_DELIVERIES),
  participationId: Uuid,
  enterpriseName: z.string(),
});
export const AssistedRow = z.object({
  participationId: Uuid,
  enterpriseName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  industryCode: z.string(),
  bodyName: z.string().nullable(),
  assignedOn: z.string(),
  stage: z.enum(ALL_STAGES as [string, ...string[]]),
});
export type TrainingRow = z.output<typeof TrainingRow>;
export type AssistedRow = z.output<typeof AssistedRow>;

const errors = ['NOT_FOUND', 'STATISTICS_PERIOD_INVALID'] as const;

export const statistics = defineContract('statistics', {
  table: {
    method: 'GET',
    path: '/api/v1/statistics/regions/:code/table',
    permission: 'statistics:read',
    summary: "The 002 Annex 2 statistics table of a region in the caller's jurisdiction, for a period",
    params: RegionParams,
    query: StatisticsPeriodQuery,
    answer: StatisticsTable,
    errors: [...errors],
  },
  tableXlsx: {
    method: 'GET',
    path: '/api/v1/statistics/regions/:code/table.xlsx',
    permission: 'statistics:read',
    summary: 'The statistics table as an Excel workbook in the layout of 002 Annex 2 附表',
    params: RegionParams,
    query: StatisticsPeriodQuery,
    answer: 'file',
    errors: [...errors],
  },
  policyRows: {
    method: 'GET',
    path: '/api/v1/statistics/regions/:code/rows/policies',
    permission: 'statistics:read',
    summary: 'The policy measures behind row 1',
    params: RegionParams,
    query: StatisticsPeriodQuery,
    answer: z.object({ items: z.array(Policy) }),
    errors: [...errors],
  },
  trainingRows: {
    method: 'GET',
    path: '/api/v1/statistics/regions/:code/rows/training',
    permission: 'statistics:read',
    summary: 'The attendance rows (one per person-time) behind row 2',
    params: RegionParams,
    query: TrainingRowsQuery,
    answer: pageOf(TrainingRow),
    errors: [...errors],
  },
  assistedRows: {
    method: 'GET',
    path: '/api/v1/statistics/regions/:code/rows/assisted',
    permission: 'statistics:read',
    summary: 'The assisted participations behind rows 3 and 4 (by category or body)',
    params: RegionParams,
    query: AssistedRowsQuery,
    answer: pageOf(AssistedRow),
    errors: [...errors],
  },
});
