import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CandidacyHistory } from '../modules/councils/components/CandidacyHistory';
import { useCandidacyHistory } from '../modules/councils/hooks/useCandidacyHistory';
import { ModelDossier } from '../modules/models/components/ModelDossier';

/** One candidacy: its model's whole dossier, and beside it the levels it came up through. */
export function CandidacyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // The same query as the history's first level: one request for both.
  const { candidacy } = useCandidacyHistory(id);
  return (
    <section className="page" data-testid="candidacy-page">
      <h1 data-testid="candidacy-heading">{candidacy?.model.title ?? t('rounds.history.title')}</h1>
      <div className="split split--wide">
        <div className="split__main">
          {candidacy ? (
            <ModelDossier key={candidacy.model.id} modelId={candidacy.model.id} />
          ) : null}
        </div>
        <div className="split__side">
          <h2>{t('rounds.history.title')}</h2>
          <ol className="plain-list history" data-testid="candidacy-history">
            <CandidacyHistory key={id} id={id} />
          </ol>
        </div>
      </div>
    </section>
  );
}
