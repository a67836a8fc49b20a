import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';
import { CONFLICT_KINDS, MAX_CAPACITY, REGISTRATION_LEVELS } from '../../../../domain/experts/expert-profile.js';

const Category = z.string().regex(/^\d{2}$/);

export const ExpertProfileSchema = z.object({
  registrationLevel: z.enum(REGISTRATION_LEVELS),
  registrationNumber: z.string(),
  categories: z.array(Category),
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
});

export const ExpertSummary = z.object({
  userId: z.string().uuid(),
  displayName: z.string(),
  phone: z.string().nullable().describe('masked'),
  profile: ExpertProfileSchema.nullable().describe('null until the body records it'),
  load: z.number().int().describe('enterprises assisted now, all campaigns'),
  capacity: z.number().int(),
  availableToday: z.boolean(),
});

export const ExpertListResponse = z.object({
  items: z.array(ExpertSummary),
  /** The body's managers (cb_admin, cb_manager): leaders and managers of working groups. */
  managers: z.array(z.object({ userId: z.string().uuid(), displayName: z.string(), role: z.string() })),
});

export const ExpertDetail = ExpertSummary.extend({
  organization: z.object({ id: z.string().uuid(), name: z.string() }),
  assignments: z.array(
    z.object({
      participationId: z.string().uuid(),
      enterpriseName: z.string(),
      campaignName: z.string(),
      stage: z.string(),
      fromOn: z.string(),
      toOn: z.string().nullable(),
    }),
  ),
});

export const SaveExpertProfileRequest = z.strictObject({
  version: z.number().int().min(0).describe('0 to create the profile'),
  registrationLevel: z.enum(REGISTRATION_LEVELS),
  registrationNumber: z.string().trim().max(64),
  categories: z.array(Category).max(39),
  subCodes: z.array(z.string().trim().max(12)).max(100).default([]),
  homeRegionCode: z.string().regex(/^\d{6}$/),
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
export type SaveExpertProfileBody = z.infer<typeof SaveExpertProfileRequest>;
