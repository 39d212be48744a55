import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitWithPathFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue';
import { useSearchUnits } from '../hooks/useSearchUnits';
import { unitPath } from './UnitPath';

export interface PickedUnit {
  id: string;
  code: string;
  name: string;
}

interface Props {
  label: string;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  /** data-testid prefix: `<testId>-search`, `<testId>-option-<code>`, `<testId>-clear` */
  testId: string;
  hint?: string;
  error?: string;
  /** Units that may not be chosen (for a move: the unit itself and everything below it). */
  isExcluded?: (unit: UnitWithPathFragment) => boolean;
}

/** Choosing a unit by typing part of its name: the tree is too big for a drop-down. */
export function UnitPicker({ label, value, onChange, testId, hint, error, isExcluded }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const { units, searched, loading, error: searchError } = useSearchUnits(value ? '' : search);
  const choices = isExcluded ? units.filter((u) => !isExcluded(u)) : units;
  const describedBy =
    [hint ? hintId : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ') ||
    undefined;

  return (
    <div className="field unit-picker" data-testid={testId}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {value ? (
        <div className="picked">
          <span data-testid={`${testId}-value`}>
            {value.name} <span className="muted">({value.code})</span>
          </span>
          <button
            type="button"
            className="button button--small button--ghost"
            data-testid={`${testId}-clear`}
            onClick={() => {
              onChange(null);
              setText('');
            }}
          >
            {t('unitPicker.clear')}
          </button>
        </div>
      ) : (
        <>
          <input
            id={inputId}
            type="search"
            autoComplete="off"
            data-testid={`${testId}-search`}
            placeholder={t('unitPicker.placeholder')}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <ErrorNotice error={searchError} />
          {searched ? (
            <ul className="picker-options" aria-label={label}>
              {!loading && choices.length === 0 ? (
                <li className="muted">{t('unitPicker.noResults')}</li>
              ) : null}
              {choices.map((unit) => (
                <li key={unit.id}>
                  <button
                    type="button"
                    className="result"
                    data-testid={`${testId}-option-${unit.code}`}
                    onClick={() => {
                      onChange({ id: unit.id, code: unit.code, name: unit.name });
                      setText('');
                    }}
                  >
                    <span className="result__title">{unit.name}</span>
                    <span className="result__meta">
                      {t(`unitKinds.${unit.kind}`)} · {unit.code}
                      {unit.ancestors.length > 0 ? ` · ${unitPath(unit)}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
