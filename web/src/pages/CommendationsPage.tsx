import { useTranslation } from 'react-i18next';
import { AwaitingDrafts } from '../modules/commendations/components/AwaitingDrafts';
import { DisclosingDecisions } from '../modules/commendations/components/DisclosingDecisions';
import { ObjectionQueue } from '../modules/commendations/components/ObjectionQueue';

/**
 * The campaign manager's desk: proposals to draft into decisions, the drafts under public
 * disclosure, and the public's objections to resolve.
 */
export function CommendationsPage() {
  const { t } = useTranslation();
  return (
    <section className="page commendations-page" data-testid="commendations-page">
      <h1>{t('commendationDesk.desk.title')}</h1>
      <p className="muted">{t('commendationDesk.desk.intro')}</p>
      <div className="split split--wide">
        <div className="split__main">
          <AwaitingDrafts />
          <DisclosingDecisions />
        </div>
        <div className="split__side">
          <ObjectionQueue />
        </div>
      </div>
    </section>
  );
}
