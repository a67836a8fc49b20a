/**
 * i18next set-up: zh-CN first, en-US second. The choice persists in localStorage and drives the
 * <html lang>, dayjs and (through the providers) antd's locale and the API's Accept-Language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import zhCN from '../locales/zh-CN.json';
import enUS from '../locales/en-US.json';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'uplift.lang';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === 'en-US' || value === 'zh-CN') return value;
  } catch {
    // storage unavailable (private mode): fall back to the default
  }
  return 'zh-CN';
}

function applyLanguage(lng: Language): void {
  document.documentElement.lang = lng;
  dayjs.locale(lng === 'en-US' ? 'en' : 'zh-cn');
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

export function setLanguage(lng: Language): Promise<unknown> {
  return i18n.changeLanguage(lng);
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(initial);
i18n.on('languageChanged', (lng) => applyLanguage(lng === 'en-US' ? 'en-US' : 'zh-CN'));

export default i18n;
