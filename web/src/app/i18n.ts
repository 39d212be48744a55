import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, vi, type Language, type Messages } from '@vinh-danh/shared';

const LANGUAGE_KEY = 'vinh-danh.lang';

const isLanguage = (value: string | null): value is Language =>
  value !== null && (LANGUAGES as readonly string[]).includes(value);

/**
 * Vietnamese ships with the first page; other languages load when chosen, so most users never
 * download them (the first page's budget, tests/integration/static.test.ts).
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('@vinh-danh/shared/i18n/en').then((module) => module.en),
};

void i18n.use(initReactI18next).init({
  resources: { [DEFAULT_LANGUAGE]: { translation: vi } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

/** Loads the language's messages if they are not here yet, then switches to it. */
async function chooseLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await LOADERS[language]());
  }
  await i18n.changeLanguage(language);
}

const reflect = (language: string) => {
  document.documentElement.lang = language;
};
reflect(i18n.language);
i18n.on('languageChanged', (language) => {
  reflect(language);
  localStorage.setItem(LANGUAGE_KEY, language);
});

const stored = localStorage.getItem(LANGUAGE_KEY);
if (isLanguage(stored) && stored !== DEFAULT_LANGUAGE) void chooseLanguage(stored);

export { i18n, isLanguage, chooseLanguage };
