/** The one schema for a calendar date field (YYYY-MM-DD): the shape for the API document, the calendar from domain/dates. */
import { z } from 'zod';
import { ISO_DATE_PATTERN, isIsoDate } from '../../../../domain/dates/iso-date.js';

export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'YYYY-MM-DD')
  .refine(isIsoDate, 'not a calendar date (YYYY-MM-DD)')
  .meta({ format: 'date' });
