/**
 * A rule or error code (SPECIALTY_MISMATCH, NO_EXPERT_IN_CATEGORY, …) in the UI language, from the
 * shared table domain/errors/codes — the same words the server uses.
 */
import { ERROR_CODES, errorMessage, type ErrorCode } from '../../../domain/errors/codes.js';
import type { Language } from './i18n';

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** The code's message; the code itself when the table does not know it. */
export function codeMessage(code: string, lang: Language, params: { field?: string; detail?: string } = {}): string {
  return isErrorCode(code) ? errorMessage(code, lang, params) : code;
}
