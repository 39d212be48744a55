import { useTranslation } from 'react-i18next';
import { dropRow, EditableRows, patchRow } from '../../common/components/EditableRows';
import { NumberField, TextField } from '../../common/components/Field';
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
  const set = (key: number, change: Partial<IndicatorRow>) =>
    onChange(patchRow<IndicatorRow>(key, change)(rows));
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

  const input = (row: IndicatorRow, index: number, name: 'name' | 'unitOfMeasure') => (
    <TextField
      label={t(`models.indicators.${name}`)}
      testId={`indicator-${index}-${name}`}
      value={row[name]}
      onValue={(value) => set(row.key, { [name]: value })}
    />
  );

  const amount = (row: IndicatorRow, index: number, name: 'target' | 'achieved') => (
    <NumberField
      label={t(`models.indicators.${name}`)}
      testId={`indicator-${index}-${name}`}
      value={row[name]}
      aria-invalid={readNumber(row[name]).ok ? undefined : true}
      onChange={(value) => set(row.key, { [name]: value })}
    />
  );

  return (
    <EditableRows
      legend={t('models.indicators.title')}
      hint={t('models.indicators.hint')}
      testId="indicators"
      rows={rows}
      empty={t('models.indicators.empty')}
      rowClassName="indicator-row"
      rowTestId={(index) => `indicator-${index}`}
      removeLabel={t('models.indicators.remove')}
      removeTestId={(index) => `indicator-${index}-remove`}
      onRemove={(key) => onChange(dropRow(key)(rows))}
      addLabel={t('models.indicators.add')}
      addTestId="indicator-add"
      onAdd={() =>
        onChange([
          ...rows,
          { key: nextKey, name: '', unitOfMeasure: '', target: text(null), achieved: text(null) },
        ])
      }
      after={(row, index) =>
        errors[row.key] ? (
          <p
            className="field__error indicator-row__error"
            role="alert"
            data-testid={`indicator-${index}-error`}
          >
            {errors[row.key]}
          </p>
        ) : null
      }
    >
      {(row, index) => (
        <>
          {input(row, index, 'name')}
          {input(row, index, 'unitOfMeasure')}
          {amount(row, index, 'target')}
          {amount(row, index, 'achieved')}
        </>
      )}
    </EditableRows>
  );
}
