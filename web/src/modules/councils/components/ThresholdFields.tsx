import { useTranslation } from 'react-i18next';

export interface ThresholdDraft {
  strict: boolean;
  numerator: string;
  denominator: string;
}

interface Props {
  legend: string;
  value: ThresholdDraft;
  onChange: (value: ThresholdDraft) => void;
  /** data-testid prefix: `<testId>-strict`, `<testId>-numerator`, `<testId>-denominator` */
  testId: string;
  error?: string;
}

/** A share of the membership as councils write it: "hơn 1/2", "ít nhất 4/5". */
export function ThresholdFields({ legend, value, onChange, testId, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset threshold" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="threshold__row">
        <label className="visually-hidden" htmlFor={`${testId}-strict`}>
          {t('councils.create.thresholdKind')}
        </label>
        <select
          id={`${testId}-strict`}
          data-testid={`${testId}-strict`}
          value={value.strict ? 'strict' : 'atLeast'}
          onChange={(e) => onChange({ ...value, strict: e.target.value === 'strict' })}
        >
          <option value="atLeast">{t('councils.create.atLeast')}</option>
          <option value="strict">{t('councils.create.strict')}</option>
        </select>
        <input
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          aria-label={t('councils.create.numerator')}
          data-testid={`${testId}-numerator`}
          value={value.numerator}
          onChange={(e) => onChange({ ...value, numerator: e.target.value })}
        />
        <span aria-hidden="true">/</span>
        <input
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          aria-label={t('councils.create.denominator')}
          data-testid={`${testId}-denominator`}
          value={value.denominator}
          onChange={(e) => onChange({ ...value, denominator: e.target.value })}
        />
      </div>
      {error ? (
        <p className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
