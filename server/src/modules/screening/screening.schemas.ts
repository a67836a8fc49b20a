import { z } from 'zod';
import { SCREENING_ITEMS } from '../../../../domain/intake/screening.js';

const ItemKey = z.enum(SCREENING_ITEMS.map((i) => i.key) as [string, ...string[]]);

export const ScreeningItemSchema = z.object({
  key: ItemKey,
  result: z.enum(['pass', 'fail', 'unknown']),
  evidence: z.string().optional(),
  source: z.string().optional().describe('where a list check was verified, e.g. 国家企业信用信息公示系统'),
  verifiedBy: z.string().optional(),
  verifiedAt: z.string().optional(),
});

export const ScreeningResponse = z.object({
  items: z.array(ScreeningItemSchema),
  summary: z.object({
    passed: z.array(z.string()),
    failed: z.array(z.string()),
    open: z.array(z.string()),
    outcome: z.enum(['eligible', 'ineligible', 'undetermined']),
  }),
  note: z.string().nullable(),
  version: z.number().int().describe('0 when nothing was recorded yet'),
  waitlisted: z.boolean(),
});

export const RecordScreeningRequest = z.strictObject({
  version: z.number().int().min(0),
  items: z.array(z.strictObject({
    key: ItemKey,
    result: z.enum(['pass', 'fail', 'unknown']),
    evidence: z.string().trim().max(1000).optional(),
    source: z.string().trim().max(200).optional(),
  })).max(SCREENING_ITEMS.length),
  note: z.string().trim().max(2000).optional(),
});

export const WaitlistRequest = z.strictObject({ waitlisted: z.boolean(), version: z.number().int().min(1) });
