import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CandidacyHistory } from '../modules/councils/components/CandidacyHistory';

/** One candidacy and, below it, the levels it came up through. */
export function CandidacyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <section className="page" data-testid="candidacy-page">
      <h1>{t('rounds.history.title')}</h1>
      <ol className="plain-list history" data-testid="candidacy-history">
        <CandidacyHistory key={id} id={id} />
      </ol>
    </section>
  );
}
