import { useTranslation } from 'react-i18next';
import type { ModelDetailFragment } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';
import { actionLabel } from '../labels';
import { StateBadge } from './StateBadge';

type Event = ModelDetailFragment['candidacy']['timeline'][number];

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });

/** Every change of state, oldest first, from the audit trail: who, when, to what, why. */
export function Timeline({ events }: { events: readonly Event[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" data-testid="timeline">
      <h2>{t('models.timeline.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('models.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li
              key={e.id}
              className="timeline__item"
              data-testid="timeline-item"
              data-action={e.action}
              data-to={e.toState}
            >
              <div className="timeline__head">
                <strong>
                  {t('models.timeline.entry', {
                    action: actionLabel(t, e.action),
                    actor: e.actor?.displayName ?? t('models.timeline.public'),
                  })}
                </strong>
                <StateBadge state={e.toState} />
              </div>
              <p className="muted timeline__time">
                {formatDate(e.at)} {time(e.at)}
              </p>
              {e.reason ? (
                <p className="timeline__reason" data-testid="timeline-reason">
                  {t('models.timeline.reason', { reason: e.reason })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
