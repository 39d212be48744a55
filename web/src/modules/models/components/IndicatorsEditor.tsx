import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../../common/components/NumberInput';
import { useNumbers } from '../../common/hooks/useNumbers';
import { readNumber } from '../../common/numbers';
import type { IndicatorRow } from '../draft';

interface Props {
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  errors?: Record<number, string>;
}

/** Result indicators: name, unit of measure, target, achieved; rows added and removed freely. */
export function IndicatorsEditor({ rows, onChange, errors = {} }: Props) {
  const { t } = useTranslation();
  const { text } = useNumbers();
  const id = useId();
  const set = (key: number, change: Partial<IndicatorRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

  const label = (row: IndicatorRow, name: keyof Omit<IndicatorRow, 'key'>) => (
    <label className="field__label" htmlFor={`${id}-${row.key}-${name}`}>
      {t(`models.indicators.${name}`)}
    </label>
  );

  const input = (row: IndicatorRow, index: number, name: 'name' | 'unitOfMeasure') => (
    <div className="field">
      {label(row, name)}
      <input
        id={`${id}-${row.key}-${name}`}
        data-testid={`indicator-${index}-${name}`}
        value={row[name]}
        onChange={(e) => set(row.key, { [name]: e.target.value })}
      />
    </div>
  );

  const amount = (row: IndicatorRow, index: number, name: 'target' | 'achieved') => (
    <div className="field">
      {label(row, name)}
      <NumberInput
        id={`${id}-${row.key}-${name}`}
        data-testid={`indicator-${index}-${name}`}
        value={row[name]}
        aria-invalid={readNumber(row[name]).ok ? undefined : true}
        onChange={(value) => set(row.key, { [name]: value })}
      />
    </div>
  );

  return (
    <fieldset className="fieldset" data-testid="indicators">
      <legend>{t('models.indicators.title')}</legend>
      <p className="field__hint">{t('models.indicators.hint')}</p>
      {rows.length === 0 ? <p className="muted">{t('models.indicators.empty')}</p> : null}
      {rows.map((row, index) => (
        <div className="indicator-row" key={row.key} data-testid={`indicator-${index}`}>
          {input(row, index, 'name')}
          {input(row, index, 'unitOfMeasure')}
          {amount(row, index, 'target')}
          {amount(row, index, 'achieved')}
          <button
            type="button"
            className="button button--small button--ghost"
            data-testid={`indicator-${index}-remove`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {t('models.indicators.remove')}
          </button>
          {errors[row.key] ? (
            <p
              className="field__error indicator-row__error"
              role="alert"
              data-testid={`indicator-${index}-error`}
            >
              {errors[row.key]}
            </p>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        data-testid="indicator-add"
        onClick={() =>
          onChange([
            ...rows,
            { key: nextKey, name: '', unitOfMeasure: '', target: text(null), achieved: text(null) },
          ])
        }
      >
        {t('models.indicators.add')}
      </button>
    </fieldset>
  );
}
