import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  ROUND_FINAL_STATES,
  RoundOperation,
  RoundState,
  roundWindow,
  type RankBy,
} from '@vinh-danh/shared';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { ProposalBuilder } from '../modules/commendations/components/ProposalBuilder';
import { AssignPanel } from '../modules/councils/components/AssignPanel';
import { AttendancePanel } from '../modules/councils/components/AttendancePanel';
import { ProgressPanel } from '../modules/councils/components/ProgressPanel';
import { RankingTable } from '../modules/councils/components/RankingTable';
import { ResultsPanel } from '../modules/councils/components/ResultsPanel';
import { RoundEntriesPanel } from '../modules/councils/components/RoundEntriesPanel';
import { RoundHeader } from '../modules/councils/components/RoundHeader';
import { RoundIntakePanel } from '../modules/councils/components/RoundIntakePanel';
import { RoundStepsPanel } from '../modules/councils/components/RoundStepsPanel';
import { useRound } from '../modules/councils/hooks/useRound';
import { useRoundLive } from '../modules/councils/hooks/useRoundLive';
import { can } from '../modules/councils/abilities';

/**
 * A round as its council runs it: the secretary's intake, assignment and steps, live progress,
 * the chair's close and publish, the tally, promotion and the ranking. Other members see the
 * results once published.
 */
export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { round, loading, error } = useRound(id);
  const [chosenRankBy, setRankBy] = useState<RankBy | null>(null);
  const rankBy = chosenRankBy ?? round?.council.rankBy ?? null;
  useRoundLive(id, round?.mayReadResults && rankBy ? { rankBy } : null);

  if (error && !round) return <ErrorNotice error={error} />;
  if (!round) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  // The server's answers (round.policy, results.policy): who follows every entry, who ranks.
  const overseeing = round.oversees;
  const mayRank = round.mayReadResults;

  return (
    <section className="page round-page" data-testid="round-page" data-state={round.state}>
      <RoundHeader round={round} />
      <div className="split split--wide">
        <div className="split__main">
          {can(round, RoundOperation.ADD_ENTRIES) ? <RoundIntakePanel round={round} /> : null}
          {can(round, RoundOperation.ASSIGN) ? <AssignPanel round={round} /> : null}
          {ROUND_FINAL_STATES.includes(round.state) && (overseeing || round.publishedAt) ? (
            <ResultsPanel round={round} />
          ) : null}
          {/* The builder shows itself to whoever may propose: the secretary or the manager. */}
          {round.state === RoundState.CLOSED ? <ProposalBuilder round={round} /> : null}
          {overseeing ? <RoundEntriesPanel round={round} /> : null}
          {mayRank ? (
            <RankingTable
              roundId={round.id}
              councilRankBy={round.council.rankBy}
              rankBy={rankBy ?? round.council.rankBy}
              onRankBy={setRankBy}
            />
          ) : (
            <p className="notice notice--warning" data-testid="ranking-hidden">
              {t('rounds.ranking.hidden')}
            </p>
          )}
        </div>
        <div className="split__side">
          <RoundStepsPanel round={round} />
          {overseeing && roundWindow(RoundOperation.RECORD_ATTENDANCE, round.state) !== 'before' ? (
            <AttendancePanel round={round} />
          ) : null}
          {overseeing ? <ProgressPanel round={round} /> : null}
        </div>
      </div>
    </section>
  );
}
