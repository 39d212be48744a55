import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/dates';
import type { DecisionView } from '../types';

/** Until when a draft is public, the working days left and its open objections. */
export function DisclosureFacts({ decision }: { decision: DecisionView }) {
  const { t } = useTranslation();
  const ended = decision.workingDaysLeft <= 0;
  return (
    <p className="decision__facts" data-testid="disclosure-facts">
      <span>
        {t('commendationDesk.disclosure.until', { date: formatDate(decision.disclosureEndsOn) })}
      </span>
      <span
        className={ended ? 'badge badge--ok' : 'badge badge--warn'}
        data-testid="disclosure-days-left"
        data-days={decision.workingDaysLeft}
      >
        {ended
          ? t('commendationDesk.disclosure.ended')
          : t('commendationDesk.disclosure.daysLeft', { count: decision.workingDaysLeft })}
      </span>
      <span
        className={decision.openObjections > 0 ? 'badge badge--warn' : 'badge'}
        data-testid="disclosure-objections"
        data-count={decision.openObjections}
      >
        {decision.openObjections > 0
          ? t('commendationDesk.disclosure.openObjections', { count: decision.openObjections })
          : t('commendationDesk.disclosure.noObjections')}
      </span>
    </p>
  );
}
