import type { InputHTMLAttributes } from 'react';
import { useNumbers } from '../hooks/useNumbers';
import { shownText, tidyText, type NumberFormat, type NumberText } from '../numbers';

type Props = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type' | 'inputMode'
> & {
  value: NumberText;
  onChange: (value: NumberText) => void;
  /** whole numbers only: the phone shows digits */
  integer?: boolean;
  format?: NumberFormat;
};

/**
 * The one number field of the app. A text field, not `type="number"`, whose browser parsing
 * turns `7,5` into 75: it keeps what the user types (never reformatted under the cursor), tagged
 * with the interface language, and writes it the language's way (`1500` → `1.500`) only when
 * they leave it. The form reads the value with `readNumber` when it saves.
 */
export function NumberInput({ value, onChange, integer, format, onBlur, ...rest }: Props) {
  const { locale } = useNumbers();
  return (
    <input
      {...rest}
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={shownText(value, locale, format)}
      onChange={(e) => onChange({ text: e.target.value, locale })}
      onBlur={(e) => {
        const tidy = tidyText(value, locale, format);
        if (tidy.text !== value.text || tidy.locale !== value.locale) onChange(tidy);
        onBlur?.(e);
      }}
    />
  );
}
