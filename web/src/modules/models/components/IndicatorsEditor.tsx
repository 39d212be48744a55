import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../draft';

interface Props {
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  errors?: Record<number, string>;
}

/** Result indicators: name, unit of measure, target, achieved; rows added and removed freely. */
export function IndicatorsEditor({ rows, onChange, errors = {} }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = (key: number, change: Partial<IndicatorRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

  const input = (
    row: IndicatorRow,
    index: number,
    name: 'name' | 'unitOfMeasure' | 'target' | 'achieved',
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${row.key}-${name}`}>
        {t(`models.indicators.${name}`)}
      </label>
      <input
        id={`${id}-${row.key}-${name}`}
        data-testid={`indicator-${index}-${name}`}
        inputMode={name === 'target' || name === 'achieved' ? 'decimal' : undefined}
        value={row[name]}
        onChange={(e) => set(row.key, { [name]: e.target.value })}
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
          {input(row, index, 'target')}
          {input(row, index, 'achieved')}
          <button
            type="button"
            className="button button--small button--ghost"
            data-testid={`indicator-${index}-remove`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            {t('models.indicators.remove')}
          </button>
          {errors[row.key] ? (
            <p className="field__error indicator-row__error" role="alert">
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
            { key: nextKey, name: '', unitOfMeasure: '', target: '', achieved: '' },
          ])
        }
      >
        {t('models.indicators.add')}
      </button>
    </fieldset>
  );
}
