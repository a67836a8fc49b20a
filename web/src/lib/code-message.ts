/**
 * A rule or error code (SPECIALTY_MISMATCH, NO_EXPERT_IN_CATEGORY, …) in the UI language, from the
 * shared table domain/errors/codes — the same words the server uses — with its field and detail named by
 * their labels from the locale catalogs (sections fieldName, detailName, stage), never by their keys.
 */
import { ERROR_CODES, errorMessage, type ErrorCode } from '../../../domain/errors/codes.js';
import { labelParams, type MessageLabels } from '../../../domain/errors/message-labels.js';
import zhCN from '../locales/zh-CN.json';
import enUS from '../locales/en-US.json';
import type { Language } from './i18n';

const LABELS: Record<Language, MessageLabels> = {
  'zh-CN': {
    field: zhCN.fieldName,
    detail: { ...zhCN.stage, ...zhCN.bodyCriterion, ...zhCN.screeningItem, ...zhCN.detailName },
  },
  'en-US': {
    field: enUS.fieldName,
    detail: { ...enUS.stage, ...enUS.bodyCriterion, ...enUS.screeningItem, ...enUS.detailName },
  },
};

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** The code's message (field and detail by their labels); the catalog's words when the table does not know the code. */
export function codeMessage(code: string, lang: Language, params: { field?: string; detail?: string } = {}): string {
  if (isErrorCode(code)) return errorMessage(code, lang, labelParams(params, LABELS[lang]));
  return LABELS[lang].detail[code] ?? code;
}
