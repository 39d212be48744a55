import { useTranslation } from 'react-i18next';
import { Field } from '../../common/components/Field';
import type { PhaseRow } from '../phases';

interface Props {
  rows: PhaseRow[];
  onChange: (rows: PhaseRow[]) => void;
  errors: Partial<Record<string, string>>;
}

/** The dates of every phase; review phases one per level, all but registration optional. */
export function PhaseFields({ rows, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (key: string, change: Partial<PhaseRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const label = (row: PhaseRow) =>
    row.level
      ? t('campaigns.create.reviewAt', { level: t(`unitKinds.${row.level}`).toLowerCase() })
      : t(`phases.${row.phase}`);

  return (
    <fieldset className="fieldset" data-testid="campaign-phases">
      <legend>{t('campaigns.create.phases')}</legend>
      {rows.map((row) => (
        <div className="phase-row" key={row.key} data-testid={`phase-${row.key}`}>
          <span className="phase-row__name">
            {label(row)}
            {row.required ? null : (
              <span className="muted"> ({t('campaigns.create.optional')})</span>
            )}
          </span>
          <Field label={t('campaigns.create.opensOn')}>
            {(control) => (
              <input
                {...control}
                type="date"
                data-testid={`phase-${row.key}-opens`}
                value={row.opensOn}
                onChange={(e) => set(row.key, { opensOn: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('campaigns.create.closesOn')}>
            {(control) => (
              <input
                {...control}
                type="date"
                data-testid={`phase-${row.key}-closes`}
                value={row.closesOn}
                aria-invalid={errors[row.key] ? true : undefined}
                onChange={(e) => set(row.key, { closesOn: e.target.value })}
              />
            )}
          </Field>
          {errors[row.key] ? (
            <p className="field__error phase-row__error" role="alert">
              {errors[row.key]}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
