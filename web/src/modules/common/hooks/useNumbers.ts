import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, numberLocale, numberText, type NumberFormat } from '../numbers';

/** Numbers in the interface language: its locale, and stored values written in it. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  return useMemo(
    () => ({
      locale,
      /** a stored value for reading; a dash where there is none */
      format: (value: number | null | undefined, format?: NumberFormat) =>
        value === null || value === undefined ? '—' : formatNumber(value, locale, format),
      /** a stored value as a field's starting text */
      text: (value: number | null | undefined, format?: NumberFormat) =>
        numberText(value, locale, format),
    }),
    [locale],
  );
}
