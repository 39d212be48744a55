import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { ROUND_FINAL_STATES } from '@vinh-danh/shared';
import { formatDate } from '../../common/dates';
import type { RoundView } from '../types';
import { RoundStateBadge } from './RoundStateBadge';
import { SeatBadge } from './SeatBadge';

/**
 * The round's name, state and review dates, and the pages of the round the viewer's seat has.
 * Outside the dates the server refuses intake, scores and ballots: say so before anyone tries.
 */
export function RoundHeader({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const seat = round.council.mySeat;
  const dates = round.council.reviewDates;
  const tabs = [
    { to: `/rounds/${round.id}`, key: 'manage', show: true },
    { to: `/rounds/${round.id}/score`, key: 'score', show: seat !== null && seat !== undefined },
    { to: `/rounds/${round.id}/ballot`, key: 'ballot', show: seat !== null && seat !== undefined },
  ] as const;
  return (
    <header className="round-header">
      <p>
        <Link to={`/councils/${round.council.id}`} data-testid="round-back">
          ← {round.council.name}
        </Link>
      </p>
      <div className="page__header">
        <h1 data-testid="round-name">{round.name}</h1>
        <span className="round-header__badges">
          <RoundStateBadge state={round.state} testId="round-header-state" />
          {seat ? <SeatBadge seat={seat} testId="round-my-seat" /> : null}
        </span>
      </div>
      {dates ? (
        <p className="muted" data-testid="round-review-dates">
          {t('rounds.reviewDates', {
            from: formatDate(dates.opensOn),
            to: formatDate(dates.closesOn),
          })}
        </p>
      ) : null}
      {dates && !dates.open && !ROUND_FINAL_STATES.includes(round.state) ? (
        <p className="notice notice--warning" data-testid="round-review-closed">
          {t('rounds.reviewClosed')}
        </p>
      ) : null}
      <nav className="tabs" aria-label={round.name}>
        {tabs
          .filter((tab) => tab.show)
          .map((tab) => (
            <NavLink
              key={tab.key}
              to={tab.to}
              end
              className="tabs__item"
              data-testid={`round-tab-${tab.key}`}
            >
              {tab.key === 'manage' && !(seat && round.oversees)
                ? t('rounds.tabs.results')
                : t(`rounds.tabs.${tab.key}`)}
            </NavLink>
          ))}
      </nav>
    </header>
  );
}
