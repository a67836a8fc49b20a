/** Types every capability's contract shares: ids, calendar dates, region and industry codes, pages, the error body. */
import { z } from 'zod';
import { ISO_DATE_PATTERN, isIsoDate } from '../domain/dates/iso-date.js';

export const Uuid = z.string().uuid();
export const IdParams = z.object({ id: Uuid });
export const Created = z.object({ id: Uuid }).meta({ id: 'Created' });

/** The one schema for a calendar date field (YYYY-MM-DD): the shape for the API document, the calendar from domain/dates. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'YYYY-MM-DD')
  .refine(isIsoDate, 'not a calendar date (YYYY-MM-DD)')
  .meta({ format: 'date' });

/** GB/T 2260 six-digit division code. */
export const RegionCode = z.string().regex(/^\d{6}$/);
/** One of the 39 certification industry categories (two digits). */
export const IndustryCode = z.string().regex(/^\d{2}$/);

/** `?page=&pageSize=` of a list (pages count from 1). */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Every error answer: a stable code, the message in the request's language, the field it concerns. */
export const ErrorBody = z
  .object({
    code: z.string().describe('a code of domain/errors/codes.ts'),
    message: z.string(),
    field: z.string().optional(),
  })
  .meta({ id: 'ErrorBody' });
