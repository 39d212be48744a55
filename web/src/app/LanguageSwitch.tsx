import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@vinh-danh/shared';
import { chooseLanguage, isLanguage } from './i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="lang-switch"
      data-testid="lang-switch"
      aria-label={t('lang.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`lang.${language}`)}
        </option>
      ))}
    </select>
  );
}
