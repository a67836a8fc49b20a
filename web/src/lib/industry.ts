import { INDUSTRY_CATEGORIES } from '../../../domain/industries/categories.js';
import type { Language } from './i18n';

const BY_CODE = new Map(INDUSTRY_CATEGORIES.map((c) => [c.code, c]));

/** "03 食品、饮料和烟草" in the UI language; the code alone if unknown. */
export function industryName(code: string | null | undefined, lang: Language): string {
  if (!code) return '—';
  const c = BY_CODE.get(code);
  if (!c) return code;
  return `${c.code} ${lang === 'en-US' ? c.nameEn : c.nameZh}`;
}

export function industryOptions(lang: Language): Array<{ value: string; label: string }> {
  return INDUSTRY_CATEGORIES.map((c) => ({ value: c.code, label: industryName(c.code, lang) }));
}
