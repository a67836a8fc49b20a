/** The one application error: a stable code from domain/errors/codes, the field it concerns, and a detail. */
import { ERROR_CODES, type ErrorCode } from '../../../../domain/errors/codes.js';

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: { field?: string; detail?: string } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }
}

/** Narrows away null/undefined or throws NOT_FOUND naming what was looked for (404 also hides existence). */
export function assertFound<T>(value: T | null | undefined, what: string): asserts value is T {
  if (value === null || value === undefined) throw new AppError('NOT_FOUND', { field: what });
}
