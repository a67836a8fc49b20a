import { useTranslation } from 'react-i18next';
import type { Language } from './i18n';

/** The UI language, re-rendering on change. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}
