import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { DecisionRegister } from '../modules/commendations/components/DecisionRegister';
import { SignQueue } from '../modules/commendations/components/SignQueue';
import { useDecisions } from '../modules/commendations/hooks/useDecisions';

/**
 * The signing authority's page: the drafts to sign (one or several at once) and the register
 * of signed decisions, where one is annulled. One list, split by state, so a signature moves a
 * decision from the queue to the register without reading again.
 */
export function DecisionsPage() {
  const { t } = useTranslation();
  const { decisions, loading, error } = useDecisions();
  const drafts = decisions.filter((d) => d.state === 'DISCLOSING');
  const register = decisions.filter((d) => d.state !== 'DISCLOSING');
  return (
    <section className="page decisions-page" data-testid="decisions-page">
      <h1>{t('commendationDesk.signer.title')}</h1>
      <p className="muted">{t('commendationDesk.signer.intro')}</p>
      <ErrorNotice error={error} />
      {loading && decisions.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      <SignQueue decisions={drafts} />
      <DecisionRegister decisions={register} />
    </section>
  );
}
