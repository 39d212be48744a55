import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModelFilter } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useModels } from '../hooks/useModels';
import { StateBadge } from './StateBadge';

/** Models matching the filter, newest change first, with "load more" over the cursor. */
export function ModelList({ filter }: { filter: ModelFilter }) {
  const { t } = useTranslation();
  const { models, hasMore, loading, error, loadMore } = useModels(filter);

  if (error) return <ErrorNotice error={error} />;
  if (loading && models.length === 0) return <p className="muted">{t('common.loading')}</p>;
  if (models.length === 0)
    return (
      <p className="muted" data-testid="model-list-empty">
        {t('models.empty')}
      </p>
    );

  return (
    <>
      <table className="table table--cards" data-testid="model-list">
        <thead>
          <tr>
            <th scope="col">{t('models.columns.title')}</th>
            <th scope="col">{t('models.columns.unit')}</th>
            <th scope="col">{t('models.columns.state')}</th>
            <th scope="col">{t('models.columns.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.id} data-testid={`model-row-${m.id}`}>
              <td data-label={t('models.columns.title')}>
                <Link to={`/models/${m.id}`} data-testid="model-link">
                  {m.title}
                </Link>
                <span className="result__meta">
                  {t(`modelKinds.${m.kind}`)}
                  {m.personName ? ` · ${m.personName}` : ''} · {m.campaign.name}
                </span>
              </td>
              <td data-label={t('models.columns.unit')}>{m.unit.name}</td>
              <td data-label={t('models.columns.state')}>
                <StateBadge state={m.candidacy.state} testId="model-row-state" />
              </td>
              <td data-label={t('models.columns.updatedAt')}>{formatDate(m.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasMore ? (
        <button
          type="button"
          className="button button--ghost"
          data-testid="model-load-more"
          disabled={loading}
          onClick={() => void loadMore()}
        >
          {t('common.loadMore')}
        </button>
      ) : null}
    </>
  );
}
