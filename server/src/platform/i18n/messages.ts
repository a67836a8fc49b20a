/**
 * What the server writes for a person (error bodies, problem lists, XLSX/DOCX) takes its words from
 * the locale catalogs the web uses (web/src/locales), so an enum, a field or a reason is named the same
 * on screen and in a file, and never by its key.
 */
import zhCN from '../../../../web/src/locales/zh-CN.json' with { type: 'json' };
import enUS from '../../../../web/src/locales/en-US.json' with { type: 'json' };
import { errorMessage, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';
import { labelParams, type MessageLabels } from '../../../../domain/errors/message-labels.js';

type Catalog = typeof zhCN;
const CATALOGS: Record<Locale, Catalog> = { 'zh-CN': zhCN, 'en-US': enUS };

const LABELS: Record<Locale, MessageLabels> = {
  'zh-CN': {
    field: zhCN.fieldName,
    detail: { ...zhCN.stage, ...zhCN.bodyCriterion, ...zhCN.screeningItem, ...zhCN.detailName },
  },
  'en-US': {
    field: enUS.fieldName,
    detail: { ...enUS.stage, ...enUS.bodyCriterion, ...enUS.screeningItem, ...enUS.detailName },
  },
};

/** The catalog of `locale` (for the words of files the server writes). */
export function catalog(locale: Locale): Catalog {
  return CATALOGS[locale];
}

/** A label from one section of the catalog (`enterpriseSize`, `origin`, …); '' for no value, the catalog's "other" otherwise. */
export function labelOf(locale: Locale, section: keyof Catalog, key: string | null | undefined): string {
  if (key === null || key === undefined || key === '') return '';
  const table = CATALOGS[locale][section] as Record<string, unknown>;
  const label = Object.hasOwn(table, key) ? table[key] : undefined;
  return typeof label === 'string' ? label : CATALOGS[locale].fieldName._other;
}

/** The code's message with its field and detail named by their labels. */
export function localMessage(
  code: ErrorCode,
  locale: Locale,
  params: { field?: string; detail?: string } = {},
): string {
  return errorMessage(code, locale, labelParams(params, LABELS[locale]));
}
