import { useTranslation } from 'react-i18next';
import { inSeatOrder } from '@vinh-danh/shared';
import type { RoundView } from '../types';
import { SeatBadge } from './SeatBadge';

/** Each member's score sheets and ballots so far (whether, never what), live. */
export function ProgressPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const members = round.council.members;
  const rows = round.memberProgress
    .map((p) => ({ ...p, member: members.find((m) => m.id === p.member.id) }))
    .filter((p) => p.member !== undefined)
    .sort(inSeatOrder((p) => p.member!.seat));
  return (
    <section className="panel" data-testid="round-progress">
      <div className="panel__header">
        <h2>{t('rounds.progress.title')}</h2>
        <span className="badge badge--live" aria-hidden="true">
          ● {t('rounds.progress.live')}
        </span>
      </div>
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col">{t('rounds.progress.member')}</th>
            <th scope="col" className="num">
              {t('rounds.progress.done')}
            </th>
            <th scope="col" className="num">
              {t('rounds.progress.voted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.member!.id} data-testid={`progress-${p.member!.user.username}`}>
              <td data-label={t('rounds.progress.member')}>
                {p.member!.user.displayName} <SeatBadge seat={p.member!.seat} />
              </td>
              <td
                className="num"
                data-label={t('rounds.progress.done')}
                data-testid="progress-done"
              >
                {p.done}/{p.assigned}
              </td>
              <td
                className="num"
                data-label={t('rounds.progress.voted')}
                data-testid="progress-voted"
              >
                {p.voted}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
