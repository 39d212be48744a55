import { Link } from 'react-router';
import type { CouncilSummaryFragment } from '../../../gql/graphql';
import { SeatBadge } from './SeatBadge';

/** Councils as cards: unit, campaign, and the viewer's seat when they have one. */
export function CouncilList({ councils }: { councils: readonly CouncilSummaryFragment[] }) {
  return (
    <ul className="plain-list council-list" data-testid="council-list">
      {councils.map((c) => (
        <li key={c.id} className="panel council-card" data-testid={`council-${c.id}`}>
          <div className="panel__header">
            <div>
              <h2>
                <Link to={`/councils/${c.id}`} data-testid="council-link">
                  {c.name}
                </Link>
              </h2>
              <p className="muted">
                {c.unit.name} · {c.campaign.name}
              </p>
            </div>
            {c.mySeat ? <SeatBadge seat={c.mySeat} testId="council-my-seat" /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
