import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useDecisions } from '../hooks/useDecisions';
import { DecisionCard } from './DecisionCard';

/** The drafts now on the public site, with the days left and their open objections. */
export function DisclosingDecisions() {
  const { t } = useTranslation();
  const { decisions, error } = useDecisions();
  const list = decisions.filter((d) => d.state === 'DISCLOSING');
  return (
    <section className="desk-section" data-testid="disclosing-decisions">
      <h2>{t('commendationDesk.desk.disclosing')}</h2>
      <ErrorNotice error={error} />
      {list.length === 0 ? (
        <p className="muted">{t('commendationDesk.desk.disclosingNone')}</p>
      ) : (
        list.map((d) => <DecisionCard key={d.id} decision={d} />)
      )}
    </section>
  );
}
