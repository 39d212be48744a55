import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ROUND_FINAL_STATES,
  ROUND_ORDER,
  ROUND_TABLE,
  RoundOperation,
  type RoundState,
} from '@vinh-danh/shared';
import { can } from '../abilities';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useCloseRound } from '../hooks/useCloseRound';
import { useDownloadMinutes } from '../hooks/useDownloadMinutes';
import { usePublishResults } from '../hooks/usePublishResults';
import { useStartScoring } from '../hooks/useStartScoring';
import { useStartVoting } from '../hooks/useStartVoting';
import type { RoundView } from '../types';
import { RoundStateBadge } from './RoundStateBadge';

/** The operations that move a round on, and what their button says. */
const STEPS = [
  [RoundOperation.START_SCORING, 'rounds.steps.startScoring'],
  [RoundOperation.START_VOTING, 'rounds.steps.startVoting'],
  [RoundOperation.CLOSE, 'rounds.steps.close'],
] as const;

/**
 * Where the round stands, and the step the viewer may take next, as the server lists it in
 * `availableActions` (the lifecycle table: the secretary opens scoring and voting, the chair
 * closes and publishes); anyone who may see a closed round downloads its minutes.
 */
export function RoundStepsPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const scoring = useStartScoring();
  const voting = useStartVoting();
  const closing = useCloseRound();
  const publishing = usePublishResults();
  const minutes = useDownloadMinutes();
  const step = STEPS.find(([op]) => can(round, op));
  const next = step && { op: step[0], to: ROUND_TABLE[step[0]].to!, label: step[1] };
  const mayStep = next !== undefined;
  const busy = scoring.loading || voting.loading || closing.loading || publishing.loading;
  const error = scoring.error ?? voting.error ?? closing.error ?? publishing.error;

  // Closing scoring or voting cannot be undone: those steps ask once more, on the page.
  const [confirming, setConfirming] = useState<RoundState | null>(null);

  const takeStep = async () => {
    if (!next) return;
    setConfirming(null);
    try {
      if (next.op === RoundOperation.START_SCORING) await scoring.startScoring(round.id);
      else if (next.op === RoundOperation.START_VOTING) await voting.startVoting(round.id);
      else await closing.closeRound(round.id);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  const stepLabel = next ? t(next.label) : '';

  return (
    <section className="panel" data-testid="round-steps">
      <h2>{t('rounds.steps.title')}</h2>
      <ol className="steps" aria-label={t('rounds.steps.title')}>
        {ROUND_ORDER.map((s) => (
          <li
            key={s}
            className={`steps__item${s === round.state ? ' steps__item--current' : ''}${
              ROUND_ORDER.indexOf(s) < ROUND_ORDER.indexOf(round.state) ? ' steps__item--done' : ''
            }`}
            aria-current={s === round.state ? 'step' : undefined}
          >
            {t(`rounds.states.${s}`)}
          </li>
        ))}
      </ol>
      <p>
        <RoundStateBadge state={round.state} testId="round-state" />
      </p>
      {round.publishedAt ? (
        <p className="muted" data-testid="round-published">
          {t('rounds.steps.published', { date: formatDate(round.publishedAt) })}
        </p>
      ) : null}
      <ErrorNotice error={error} testId="round-step-error" />
      <div className="actions">
        {mayStep ? (
          <button
            type="button"
            className="button button--primary"
            data-testid={`round-step-${next.to}`}
            disabled={busy}
            onClick={() =>
              next.op === RoundOperation.START_SCORING ? void takeStep() : setConfirming(next.to)
            }
          >
            {stepLabel}
          </button>
        ) : null}
        {can(round, RoundOperation.PUBLISH) && !round.publishedAt ? (
          <button
            type="button"
            className="button"
            data-testid="round-publish"
            disabled={busy}
            onClick={() => void publishing.publishResults(round.id).catch(() => undefined)}
          >
            {t('rounds.steps.publish')}
          </button>
        ) : null}
        {ROUND_FINAL_STATES.includes(round.state) ? (
          <button
            type="button"
            className="button"
            data-testid="round-minutes"
            disabled={minutes.busy}
            onClick={() => void minutes.download(round.id)}
          >
            {t('rounds.results.minutes')}
          </button>
        ) : null}
      </div>
      {mayStep && confirming === next.to ? (
        <div
          className="notice notice--warning"
          role="alertdialog"
          data-testid="round-step-confirm-panel"
        >
          <p>
            {next.op === RoundOperation.START_VOTING
              ? t('rounds.steps.confirmStartVoting')
              : t('rounds.steps.confirmClose')}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="round-step-confirm"
              disabled={busy}
              onClick={() => void takeStep()}
            >
              {stepLabel}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setConfirming(null)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {minutes.failed ? (
        <p className="notice notice--error" role="alert" data-testid="round-minutes-error">
          {t('rounds.results.minutesFailed')}
        </p>
      ) : null}
    </section>
  );
}
