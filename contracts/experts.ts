/**
 * Assistance experts of a certification body (seed 000 §一): a body's managers keep the profiles (specialty,
 * home region, capacity, unavailability, declared conflicts); an expert reads their own. Phones are masked.
 */
import { z } from 'zod';
import { CONFLICT_KINDS, MAX_CAPACITY, REGISTRATION_LEVELS } from '../domain/experts/expert-profile.js';
import { defineContract } from './endpoint.js';
import { IdParams, IndustryCode, IsoDate, RegionCode, Uuid } from './shared.js';

export const ExpertProfile = z
  .object({
    registrationLevel: z.enum(REGISTRATION_LEVELS),
    registrationNumber: z.string(),
    categories: z.array(IndustryCode),
    subCodes: z.array(z.string()),
    homeRegionCode: z.string(),
    homeRegionName: z.string().nullable(),
    capacity: z.number().int(),
    capacityReason: z.string().nullable(),
    unavailable: z.array(z.object({ from: z.string(), to: z.string(), note: z.string().nullable().optional() })),
    conflicts: z.array(
      z.object({
        kind: z.enum(CONFLICT_KINDS),
        enterpriseUscc: z.string(),
        enterpriseName: z.string(),
        until: z.string().nullable().optional(),
        note: z.string().nullable().optional(),
      }),
    ),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ExpertProfile' });
export type ExpertProfile = z.output<typeof ExpertProfile>;

export const ExpertSummary = z
  .object({
    userId: Uuid,
    displayName: z.string(),
    phone: z.string().nullable().describe('masked'),
    profile: ExpertProfile.nullable().describe('null until the body records it'),
    load: z.number().int().describe('enterprises assisted now, all campaigns'),
    capacity: z.number().int(),
    availableToday: z.boolean(),
  })
  .meta({ id: 'ExpertSummary' });
export type ExpertSummary = z.output<typeof ExpertSummary>;

/** The body's managers (cb_admin, cb_manager): leaders and managers of working groups. */
export const ExpertManager = z.object({ userId: Uuid, displayName: z.string(), role: z.string() });
export type ExpertManager = z.output<typeof ExpertManager>;

export const ExpertList = z.object({ items: z.array(ExpertSummary), managers: z.array(ExpertManager) });
export type ExpertList = z.output<typeof ExpertList>;

export const ExpertDetail = ExpertSummary.extend({
  organization: z.object({ id: Uuid, name: z.string() }),
  assignments: z.array(
    z.object({
      participationId: Uuid,
      enterpriseName: z.string(),
      campaignName: z.string(),
      stage: z.string(),
      fromOn: z.string(),
      toOn: z.string().nullable(),
    }),
  ),
}).meta({ id: 'ExpertDetail' });
export type ExpertDetail = z.output<typeof ExpertDetail>;

export const SaveExpertProfileRequest = z.strictObject({
  version: z.number().int().min(0).describe('0 to create the profile'),
  registrationLevel: z.enum(REGISTRATION_LEVELS),
  registrationNumber: z.string().trim().max(64),
  categories: z.array(IndustryCode).max(39),
  subCodes: z.array(z.string().trim().max(12)).max(100).default([]),
  homeRegionCode: RegionCode,
  capacity: z
    .number()
    .int()
    .min(0)
    .max(MAX_CAPACITY + 5),
  capacityReason: z.string().trim().max(500).nullable().optional(),
  unavailable: z
    .array(z.strictObject({ from: IsoDate, to: IsoDate, note: z.string().trim().max(200).nullable().optional() }))
    .max(50)
    .default([]),
  conflicts: z
    .array(
      z.strictObject({
        kind: z.enum(CONFLICT_KINDS),
        enterpriseUscc: z.string().trim().toUpperCase(),
        enterpriseName: z.string().trim().max(200),
        until: IsoDate.nullable().optional(),
        note: z.string().trim().max(500).nullable().optional(),
      }),
    )
    .max(100)
    .default([]),
});
/** What the server stores (defaults applied). */
export type SaveExpertProfile = z.output<typeof SaveExpertProfileRequest>;
/** What a caller sends (defaults not yet applied). */
export type SaveExpertProfileRequest = z.input<typeof SaveExpertProfileRequest>;

export const experts = defineContract('experts', {
  list: {
    method: 'GET',
    path: '/api/v1/experts',
    permission: 'expert:write',
    summary: 'The acting body’s assistance experts with profile, load and capacity',
    answer: ExpertList,
    errors: [],
  },
  detail: {
    method: 'GET',
    path: '/api/v1/experts/:id',
    permission: 'expert:read',
    summary: 'One expert: profile, load and assistance history',
    params: IdParams,
    answer: ExpertDetail,
    errors: ['NOT_FOUND'],
  },
  saveProfile: {
    method: 'POST',
    path: '/api/v1/experts/:id/profile',
    permission: 'expert:write',
    summary: 'Create (version 0) or update an expert’s profile; capacity above 2 needs a reason',
    params: IdParams,
    body: SaveExpertProfileRequest,
    answer: ExpertDetail,
    errors: [
      'NOT_FOUND',
      'VERSION_CONFLICT',
      'EXPERT_CAPACITY_REASON_REQUIRED',
      'INDUSTRY_UNKNOWN',
      'SUB_CODE_OUTSIDE_CATEGORIES',
      'USCC_INVALID',
      'DATE_ORDER',
      'REGION_UNKNOWN',
      'REGION_RETIRED',
    ],
  },
});
