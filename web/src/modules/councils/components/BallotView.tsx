import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoundOperation, roundWindow, Vote, quoteTitle } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useCastBallot } from '../hooks/useCastBallot';
import type { RoundEntryView, RoundView } from '../types';
import { EntryTitle } from './EntryTitle';

const VOTES: readonly Vote[] = [Vote.APPROVE, Vote.REJECT, Vote.ABSTAIN];

/**
 * The member's secret ballots: approve, reject or abstain on each entry they are not excluded
 * from, confirmed once; afterwards only "voted" shows, never what.
 */
export function BallotView({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const { castBallot, loading, error } = useCastBallot();
  const [pending, setPending] = useState<{ entry: RoundEntryView; vote: Vote } | null>(null);
  const voting = roundWindow(RoundOperation.CAST_BALLOT, round.state);
  const open = voting === 'open';
  const eligible = round.entries.filter((e) => !e.excludedMe);
  const left = eligible.filter((e) => !e.votedByMe);

  const onConfirm = async () => {
    if (!pending) return;
    try {
      await castBallot(pending.entry.id, pending.vote);
    } catch {
      // shown by <ErrorNotice>
    }
    setPending(null);
  };

  return (
    <div className="ballots" data-testid="ballots">
      <p className="muted">{t('rounds.ballot.intro')}</p>
      {voting === 'before' ? (
        <p className="notice notice--warning" data-testid="ballot-not-open">
          {t('rounds.ballot.notOpen')}
        </p>
      ) : null}
      {voting === 'after' ? (
        <p className="notice notice--warning" data-testid="ballot-closed">
          {t('rounds.ballot.closed')}
        </p>
      ) : null}
      {open && eligible.length > 0 ? (
        <p data-testid="ballot-left" data-left={left.length}>
          {left.length > 0 ? t('rounds.ballot.left', { count: left.length }) : null}
        </p>
      ) : null}
      <ErrorNotice error={error} testId="ballot-error" />
      {round.entries.length === 0 ? (
        <p className="muted" data-testid="ballot-none">
          {t('rounds.ballot.none')}
        </p>
      ) : (
        <ul className="plain-list ballot-list">
          {round.entries.map((e) => (
            <li key={e.id} className="ballot panel" data-testid={`ballot-${e.candidacyId}`}>
              <EntryTitle candidacy={e.candidacy} />
              {e.excludedMe ? (
                <p className="muted" data-testid="ballot-excluded">
                  {t('rounds.ballot.excluded')}
                </p>
              ) : e.votedByMe ? (
                <p className="badge badge--ok" data-testid="ballot-voted">
                  ✓ {t('rounds.ballot.voted')}
                </p>
              ) : open ? (
                pending?.entry.id === e.id ? (
                  <div
                    className="notice notice--warning"
                    role="alertdialog"
                    data-testid="ballot-confirm-panel"
                  >
                    <p>
                      {t('rounds.ballot.confirm', {
                        vote: t(`rounds.ballot.${pending.vote}`),
                        title: quoteTitle(e.candidacy.model.title),
                      })}
                    </p>
                    <div className="actions">
                      <button
                        type="button"
                        className="button button--primary"
                        data-testid="ballot-confirm"
                        disabled={loading}
                        autoFocus
                        onClick={() => void onConfirm()}
                      >
                        {t('rounds.ballot.confirmButton')}
                      </button>
                      <button
                        type="button"
                        className="button button--ghost"
                        data-testid="ballot-cancel"
                        onClick={() => setPending(null)}
                      >
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="actions vote-buttons" role="group">
                    {VOTES.map((vote) => (
                      <button
                        key={vote}
                        type="button"
                        className={`button vote vote--${vote.toLowerCase()}`}
                        data-testid={`ballot-${vote}`}
                        disabled={loading}
                        onClick={() => setPending({ entry: e, vote })}
                      >
                        {t(`rounds.ballot.${vote}`)}
                      </button>
                    ))}
                  </div>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
