import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode, PromotionBlock, RoundOperation } from '@vinh-danh/shared';
import { can } from '../abilities';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { hasErrorCode } from '../../common/errors';
import { usePromoteEntries } from '../hooks/usePromoteEntries';
import { useNumbers } from '../../common/hooks/useNumbers';
import { formatScore } from '../labels';
import type { RoundView } from '../types';
import { EntryTitle } from './EntryTitle';
import { OutcomeBadge } from './OutcomeBadge';

/** Reasons the badge already says, or that are not the viewer's business. */
const UNSAID: readonly (string | null)[] = [
  null,
  PromotionBlock.ALREADY_PROMOTED,
  PromotionBlock.NOT_SECRETARY,
];

/**
 * A closed round's tally per entry (score, ballot counts, outcome). The secretary sends
 * exemplary entries up, within the council's quota. What may go up is the server's answer
 * (`promotion`): the page offers only steps that succeed and says why for the others.
 */
export function ResultsPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const { locale } = useNumbers();
  const { promote, loading, error } = usePromoteEntries();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const secretary = can(round, RoundOperation.PROMOTE);
  const { quota, left, toCouncil } = round.promotion;
  const entries = [...round.entries].sort(
    (a, b) => (a.result?.rank ?? 1e9) - (b.result?.rank ?? 1e9),
  );
  const promotable = entries.filter((e) => e.promotion.allowed);
  const chosen = promotable.filter((e) => selected.has(e.candidacyId));
  const full = chosen.length >= left;
  const overQuota = hasErrorCode(error, ErrorCode.QUOTA_EXCEEDED);

  const onPromote = async () => {
    setNotice(null);
    try {
      await promote(
        round.id,
        chosen.map((e) => e.candidacyId),
      );
      setNotice(t('rounds.results.promotedDone', { count: chosen.length }));
      setSelected(new Set());
    } catch {
      // shown below
    }
  };

  return (
    <section className="panel" data-testid="round-results">
      <h2>{t('rounds.results.title')}</h2>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      {overQuota ? (
        <p className="notice notice--error" role="alert" data-testid="promote-quota-exceeded">
          {t('rounds.results.quotaExceeded', { quota })}
        </p>
      ) : (
        <ErrorNotice error={error} testId="promote-error" />
      )}
      <table className="table table--cards">
        <thead>
          <tr>
            {secretary ? (
              <th scope="col" className="check">
                <span className="visually-hidden">{t('rounds.results.promote')}</span>
              </th>
            ) : null}
            <th scope="col" className="num">
              {t('rounds.ranking.rank')}
            </th>
            <th scope="col">{t('rounds.entries.model')}</th>
            <th scope="col" className="num">
              {t('rounds.results.score')}
            </th>
            <th scope="col">{t('rounds.results.votes')}</th>
            <th scope="col">{t('rounds.results.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid={`result-${e.candidacyId}`}>
              {secretary ? (
                <td className="check">
                  {promotable.includes(e) ? (
                    <input
                      type="checkbox"
                      data-testid={`promote-select-${e.candidacyId}`}
                      aria-label={t('rounds.results.promote')}
                      checked={selected.has(e.candidacyId)}
                      // no more choices than the quota has left
                      disabled={full && !selected.has(e.candidacyId)}
                      onChange={(ev) =>
                        setSelected((current) => {
                          const next = new Set(current);
                          if (ev.target.checked) next.add(e.candidacyId);
                          else next.delete(e.candidacyId);
                          return next;
                        })
                      }
                    />
                  ) : null}
                </td>
              ) : null}
              <td className="num" data-label={t('rounds.ranking.rank')}>
                {e.result?.rank ?? '—'}
              </td>
              <td data-label={t('rounds.entries.model')}>
                <EntryTitle candidacy={e.candidacy} />
              </td>
              <td className="num" data-label={t('rounds.results.score')} data-testid="result-score">
                {formatScore(e.result?.score ?? null, locale)}
              </td>
              {e.result && !e.result.quorumMet ? (
                // Short of the quorum the server keeps no counts: they would be the few votes cast.
                <td data-label={t('rounds.results.votes')} data-testid="result-no-quorum">
                  {t('rounds.results.noQuorum', { eligible: e.result.eligible })}
                </td>
              ) : (
                <td data-label={t('rounds.results.votes')} data-testid="result-votes">
                  {t('rounds.results.votesOf', {
                    approve: e.result?.approve ?? 0,
                    reject: e.result?.reject ?? 0,
                    abstain: e.result?.abstain ?? 0,
                    eligible: e.result?.eligible ?? 0,
                  })}
                </td>
              )}
              <td data-label={t('rounds.results.outcome')}>
                <OutcomeBadge
                  state={e.candidacy.state}
                  recognition={e.candidacy.recognition}
                  testId="result-outcome"
                />
                {e.promotedCandidacyId ? (
                  <span className="badge badge--ok" data-testid="result-promoted">
                    {t('rounds.results.promoted')}
                  </span>
                ) : null}
                {secretary && toCouncil && !UNSAID.includes(e.promotion.reason ?? null) ? (
                  <p
                    className="muted"
                    data-testid="promote-blocked"
                    data-reason={e.promotion.reason}
                  >
                    {t(`promotion.blocks.${e.promotion.reason!}`, { quota })}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {secretary && !toCouncil ? (
        // The campaign's review ends at this council: nothing to offer, and the reason.
        <p
          className="notice notice--warning"
          data-testid="promote-blocked"
          data-reason={PromotionBlock.NO_PARENT_COUNCIL}
        >
          {t('promotion.blocks.NO_PARENT_COUNCIL')}
        </p>
      ) : null}
      {secretary && toCouncil ? (
        <div className="queue-bar">
          <p className="muted" data-testid="promote-target">
            {t('promotion.to', { council: toCouncil })}
            <br />
            {t('promotion.left', { left, quota })}
          </p>
          {promotable.length > 0 ? (
            <button
              type="button"
              className="button button--primary"
              data-testid="promote-submit"
              disabled={chosen.length === 0 || loading}
              onClick={() => void onPromote()}
            >
              {chosen.length > 0
                ? t('rounds.results.promoteSelected', { count: chosen.length })
                : t('rounds.results.promote')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
