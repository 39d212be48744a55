import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RankBy } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useRanking } from '../hooks/useRanking';
import { useNumbers } from '../../common/hooks/useNumbers';
import { formatScore } from '../labels';
import { Link } from 'react-router';

interface Props {
  roundId: string;
  councilRankBy: RankBy;
  /** the order on screen (the page keeps it: the live updates carry the ranking in it) */
  rankBy: RankBy;
  onRankBy: (rankBy: RankBy) => void;
}

/**
 * The ranking, raw or normalised (the council's rule first), with the spread between members
 * and a flag where they disagree; ties broken by the stated rule.
 */
export function RankingTable({ roundId, councilRankBy, rankBy, onRankBy }: Props) {
  const { t } = useTranslation();
  const { locale } = useNumbers();
  const id = useId();
  const { rows, loading, error } = useRanking(roundId, rankBy);

  return (
    <section className="panel" data-testid="ranking">
      <div className="panel__header">
        <h2>{t('rounds.ranking.title')}</h2>
        <div className="segmented" role="radiogroup" aria-labelledby={`${id}-label`}>
          <span id={`${id}-label`} className="visually-hidden">
            {t('rounds.ranking.rankBy')}
          </span>
          {Object.values(RankBy).map((r) => (
            <button
              key={r}
              type="button"
              role="radio"
              aria-checked={rankBy === r}
              className={rankBy === r ? 'segmented__item segmented__item--on' : 'segmented__item'}
              data-testid={`ranking-by-${r}`}
              onClick={() => onRankBy(r)}
            >
              {t(`councils.rankBy.${r}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="muted">
        {t('rounds.ranking.councilRule', { rankBy: t(`councils.rankBy.${councilRankBy}`) })}
      </p>
      <ErrorNotice error={error} testId="ranking-error" />
      {!loading && !error && rows.length === 0 ? (
        <p className="muted" data-testid="ranking-empty">
          {t('rounds.ranking.empty')}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table className="table table--cards" data-testid="ranking-table" data-rank-by={rankBy}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('rounds.ranking.rank')}
              </th>
              <th scope="col">{t('rounds.ranking.model')}</th>
              <th scope="col" className="num">
                {t('rounds.ranking.raw')}
              </th>
              <th scope="col" className="num">
                {t('rounds.ranking.normalised')}
              </th>
              <th scope="col" className="num">
                {t('rounds.ranking.spread')}
              </th>
              <th scope="col" className="num">
                {t('rounds.ranking.sheets')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.entryId}
                data-testid={`ranking-row-${row.candidacyId}`}
                data-disagreement={row.disagreement}
              >
                <td
                  className="num"
                  data-label={t('rounds.ranking.rank')}
                  data-testid="ranking-rank"
                >
                  {row.rank}
                </td>
                <td data-label={t('rounds.ranking.model')}>
                  {/* The ranking's flat line: one statement serves the whole table. */}
                  <span className="entry-title">
                    <Link to={`/candidacies/${row.candidacyId}`} data-testid="entry-title">
                      {row.title}
                    </Link>
                    <span className="result__meta">{row.unitName}</span>
                  </span>
                </td>
                <td className="num" data-label={t('rounds.ranking.raw')} data-testid="ranking-raw">
                  {formatScore(row.raw, locale)}
                </td>
                <td
                  className="num"
                  data-label={t('rounds.ranking.normalised')}
                  data-testid="ranking-normalised"
                >
                  {formatScore(row.normalised, locale)}
                </td>
                <td className="num" data-label={t('rounds.ranking.spread')}>
                  {formatScore(row.spread, locale)}
                  {row.disagreement ? (
                    <span className="badge badge--warn" data-testid="ranking-disagreement">
                      {' '}
                      ⚠ {t('rounds.ranking.disagreement')}
                    </span>
                  ) : null}
                </td>
                <td className="num" data-label={t('rounds.ranking.sheets')}>
                  {row.sheets}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="muted small" data-testid="ranking-tie-rule">
        {t('rounds.ranking.tieRule')}
      </p>
    </section>
  );
}
