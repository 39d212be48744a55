import { useTranslation } from 'react-i18next';
import { NumberInput } from '../../common/components/NumberInput';
import type { NumberText } from '../../common/numbers';

export interface ThresholdDraft {
  strict: boolean;
  numerator: NumberText;
  denominator: NumberText;
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
        <NumberInput
          integer
          aria-label={t('councils.create.numerator')}
          data-testid={`${testId}-numerator`}
          value={value.numerator}
          onChange={(numerator) => onChange({ ...value, numerator })}
        />
        <span aria-hidden="true">/</span>
        <NumberInput
          integer
          aria-label={t('councils.create.denominator')}
          data-testid={`${testId}-denominator`}
          value={value.denominator}
          onChange={(denominator) => onChange({ ...value, denominator })}
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
