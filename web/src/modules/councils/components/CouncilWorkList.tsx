import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyCouncilWorkQuery } from '../../../gql/graphql';
import { SeatBadge } from './SeatBadge';

type Work = MyCouncilWorkQuery['myCouncilWork'][number];

/** What waits for the viewer on one council, each item leading to the page where it is done. */
function WorkItems({ work }: { work: Work }) {
  const { t } = useTranslation();
  const items = [
    ...(work.intake > 0
      ? [
          <Link key="intake" to={`/councils/${work.councilId}`} data-testid="work-intake">
            {t('work.intake', { count: work.intake })}
          </Link>,
        ]
      : []),
    ...work.rounds.flatMap(({ round, toScore, toVote, toAdvance }) => [
      ...(toScore > 0
        ? [
            <Link key={`s-${round.id}`} to={`/rounds/${round.id}/score`} data-testid="work-score">
              {t('work.toScore', { count: toScore, round: round.name })}
            </Link>,
          ]
        : []),
      ...(toVote > 0
        ? [
            <Link key={`v-${round.id}`} to={`/rounds/${round.id}/ballot`} data-testid="work-vote">
              {t('work.toVote', { count: toVote, round: round.name })}
            </Link>,
          ]
        : []),
      ...(toAdvance
        ? [
            <Link
              key={`a-${round.id}`}
              to={`/rounds/${round.id}`}
              data-testid="work-advance"
              data-state={round.state}
            >
              {t(`work.advance.${round.state}`, { round: round.name })}
            </Link>,
          ]
        : []),
    ]),
  ];
  if (items.length === 0) {
    return (
      <p className="muted" data-testid="work-nothing">
        {t('work.nothing')}
      </p>
    );
  }
  return (
    <ul className="plain-list work-list">
      {items.map((item) => (
        <li key={item.key}>{item}</li>
      ))}
    </ul>
  );
}

/** The councils the viewer sits on, with their seat and what waits for them in each. */
export function CouncilWorkList({ work }: { work: readonly Work[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="my-councils">
      <h2>{t('work.title')}</h2>
      <ul className="plain-list">
        {work.map((w) => (
          <li
            key={w.councilId}
            className="work-council"
            data-testid={`work-council-${w.councilId}`}
          >
            <p>
              <Link to={`/councils/${w.councilId}`} data-testid="work-council-link">
                {w.council.name}
              </Link>{' '}
              <SeatBadge seat={w.seat} testId="work-seat" />
            </p>
            <p className="muted">{w.council.campaign.name}</p>
            <WorkItems work={w} />
          </li>
        ))}
      </ul>
    </section>
  );
}
