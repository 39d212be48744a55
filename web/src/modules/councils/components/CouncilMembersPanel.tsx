import { useTranslation } from 'react-i18next';
import type { CouncilMemberFieldsFragment } from '../../../gql/graphql';
import { inSeatOrder } from '@vinh-danh/shared';
import { SeatBadge } from './SeatBadge';

/** The members, chair first, each with a seat and unit. */
export function CouncilMembersPanel({
  members,
}: {
  members: readonly CouncilMemberFieldsFragment[];
}) {
  const { t } = useTranslation();
  const ordered = [...members].sort(
    inSeatOrder(
      (m) => m.seat,
      (m) => m.user.displayName,
    ),
  );
  return (
    <section className="panel" data-testid="council-members-list">
      <h2>{t('councils.members.title', { count: members.length })}</h2>
      <ul className="plain-list member-list">
        {ordered.map((m) => (
          <li key={m.id} data-testid={`council-seat-${m.user.username}`} data-seat={m.seat}>
            <span>
              <strong>{m.user.displayName}</strong>
              <span className="result__meta">{m.user.unit.name}</span>
            </span>
            <SeatBadge seat={m.seat} />
          </li>
        ))}
      </ul>
    </section>
  );
}
