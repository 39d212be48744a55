import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitWithPathFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue';
import { useSearchUnits } from '../hooks/useSearchUnits';
import { unitPath } from './UnitPath';

interface Props {
  selectedId: string | null;
  onSelect: (unit: UnitWithPathFragment) => void;
}

export function UnitSearch({ selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const { units, hasMore, searched, loading, error, loadMore } = useSearchUnits(search);

  return (
    <div className="unit-search" role="search">
      <label className="field__label" htmlFor={inputId}>
        {t('units.searchLabel')}
      </label>
      <input
        id={inputId}
        type="search"
        data-testid="unit-search"
        placeholder={t('units.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ErrorNotice error={error} />
      {searched ? (
        <div className="search-results" aria-live="polite">
          {loading && units.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
          {!loading && units.length === 0 ? (
            <p className="muted" data-testid="unit-search-empty">
              {t('units.noResults')}
            </p>
          ) : null}
          <ul
            className="result-list"
            aria-label={t('units.searchResults')}
            data-testid="unit-search-results"
          >
            {units.map((unit) => (
              <li key={unit.id}>
                <button
                  type="button"
                  className={unit.id === selectedId ? 'result result--selected' : 'result'}
                  data-testid={`unit-result-${unit.code}`}
                  onClick={() => onSelect(unit)}
                >
                  <span className="result__title">
                    {unit.name}
                    {unit.archivedAt ? (
                      <span className="badge">{t('units.archivedBadge')}</span>
                    ) : null}
                  </span>
                  <span className="result__meta">
                    {t(`unitKinds.${unit.kind}`)} · {unit.code}
                    {unit.ancestors.length > 0 ? ` · ${unitPath(unit)}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {hasMore ? (
            <button type="button" className="button button--ghost" onClick={() => void loadMore()}>
              {t('common.loadMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
