import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoundOperation, roundWindow } from '@vinh-danh/shared';
import type { RoundView } from '../types';
import { DeclareConflict } from './DeclareConflict';
import { EntryTitle } from './EntryTitle';
import { ScoreSheetForm } from './ScoreSheetForm';

/**
 * The member's scoring: the entries assigned to them with what is left, and the rubric form of
 * the one chosen (the first unfinished one to begin with).
 */
export function ScoringView({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const criteria = round.council.campaign.rubric.criteria;
  const mine = round.entries.filter((e) => e.assignedToMe && !e.excludedMe);
  const excluded = round.entries.filter((e) => e.excludedMe);
  const complete = (e: (typeof mine)[number]) => e.myScores.length === criteria.length;
  const left = mine.filter((e) => !complete(e));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = mine.find((e) => e.id === chosenId) ?? left[0] ?? mine[0] ?? null;
  const scoring = roundWindow(RoundOperation.SUBMIT_SCORES, round.state);
  const open = scoring === 'open';

  return (
    <div className="scoring" data-testid="scoring">
      {scoring === 'before' ? (
        <p className="notice notice--warning" data-testid="scoring-not-open">
          {t('rounds.scoring.notOpen')}
        </p>
      ) : null}
      {scoring === 'after' ? (
        <p className="notice notice--warning" data-testid="scoring-closed">
          {t('rounds.scoring.closed')}
        </p>
      ) : null}
      {mine.length === 0 ? (
        <p className="muted" data-testid="scoring-none">
          {t('rounds.scoring.none')}
        </p>
      ) : (
        <div className="split split--wide">
          <nav className="split__side" aria-label={t('rounds.scoring.title')}>
            <p data-testid="scoring-left" data-left={left.length}>
              {left.length > 0
                ? t('rounds.scoring.left', { count: left.length })
                : t('rounds.scoring.allDone')}
            </p>
            <ul className="plain-list scoring-list">
              {mine.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className={`result${chosen?.id === e.id ? ' result--selected' : ''}`}
                    aria-current={chosen?.id === e.id ? 'true' : undefined}
                    data-testid={`scoring-entry-${e.candidacyId}`}
                    data-done={complete(e)}
                    onClick={() => setChosenId(e.id)}
                  >
                    <span className="result__title">{e.candidacy.model.title}</span>
                    <span className="result__meta">
                      {e.candidacy.model.unit.name} ·{' '}
                      {complete(e) ? t('rounds.scoring.done') : t('rounds.scoring.todo')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {excluded.map((e) => (
              <p key={e.id} className="muted" data-testid={`scoring-excluded-${e.candidacyId}`}>
                {e.candidacy.model.title}: {t('rounds.scoring.excluded')}
              </p>
            ))}
          </nav>
          {chosen ? (
            <section className="split__main panel" data-testid="scoring-current">
              <h2>
                <EntryTitle candidacy={chosen.candidacy} />
              </h2>
              <ScoreSheetForm key={chosen.id} entry={chosen} criteria={criteria} editable={open} />
              {roundWindow(RoundOperation.DECLARE_CONFLICT, round.state) === 'open' ? (
                <DeclareConflict key={`conflict-${chosen.id}`} entryId={chosen.id} />
              ) : null}
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
