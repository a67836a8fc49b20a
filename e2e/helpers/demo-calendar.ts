/**
 * The demo calendar of the server under test: its database is created when the test file starts, so the
 * demo's dates are laid from today (server/seeds/demo-calendar.ts). `demoDay('2026-06-10')` is the date
 * the seed wrote as 2026-06-10, moved to keep its distance from today.
 */
import { chinaDate } from '../../server/src/platform/clock.js';
import { demoCalendar } from '../../server/seeds/demo-calendar.js';

export const demoCal = demoCalendar(chinaDate(new Date()));
export const demoDay = demoCal.day;
