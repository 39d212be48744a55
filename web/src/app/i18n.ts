import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, en, vi, type Language } from '@vinh-danh/shared';

const LANGUAGE_KEY = 'vinh-danh.lang';

const isLanguage = (value: string | null): value is Language =>
  value !== null && (LANGUAGES as readonly string[]).includes(value);

const stored = localStorage.getItem(LANGUAGE_KEY);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: isLanguage(stored) ? stored : DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

const reflect = (language: string) => {
  document.documentElement.lang = language;
};
reflect(i18n.language);
i18n.on('languageChanged', (language) => {
  reflect(language);
  localStorage.setItem(LANGUAGE_KEY, language);
});

export { i18n, isLanguage };
