import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HonourRollFilter } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { formatDay } from '../../common/dates';
import { useHonourRoll } from '../hooks/useHonourRoll';
import { CertificateBadge } from './CertificateBadge';

/** The commended entries matching the filter, with "load more" over the keyset cursor. */
export function HonourRollList({ filter }: { filter: HonourRollFilter }) {
  const { t } = useTranslation();
  const { entries, hasMore, loading, error, loadMore } = useHonourRoll(filter);

  if (error) return <ErrorNotice error={error} />;
  if (loading && entries.length === 0) return <p className="muted">{t('common.loading')}</p>;
  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="honour-empty">
        {t('publicSite.honourRoll.empty')}
      </p>
    );
  }
  return (
    <>
      <ul className="honour-list" data-testid="honour-list">
        {entries.map((entry) => (
          <li key={entry.code} className="honour-item" data-testid="honour-item">
            <Link to={`/vinh-danh/${entry.code}`} className="honour-item__link">
              <span className="honour-item__name">{entry.personName ?? entry.title}</span>
              {entry.personName ? <span className="honour-item__model">{entry.title}</span> : null}
            </Link>
            <p className="honour-item__meta">
              {t(`awardTypes.${entry.awardType}`)} · {entry.unitName}
            </p>
            <p className="honour-item__meta muted">
              {entry.issuerName} ·{' '}
              {t('publicSite.honourRoll.decision', {
                number: entry.decisionNumber,
                date: formatDay(entry.decisionDate),
              })}
            </p>
            <CertificateBadge status={entry.status} annulledAt={entry.annulledAt} />
          </li>
        ))}
      </ul>
      <p className="muted">{t('publicSite.honourRoll.count', { count: entries.length })}</p>
      {hasMore ? (
        <button
          type="button"
          className="button button--ghost"
          data-testid="honour-load-more"
          disabled={loading}
          onClick={() => void loadMore()}
        >
          {t('common.loadMore')}
        </button>
      ) : null}
    </>
  );
}
