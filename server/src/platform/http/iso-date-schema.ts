/** The calendar date schema is shared with the web: it lives in contracts/shared.ts (ADR 0031). */
export { IsoDate } from '../../../../contracts/shared.js';
