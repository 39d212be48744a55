import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { RoundHeader } from '../modules/councils/components/RoundHeader';
import { ScoringView } from '../modules/councils/components/ScoringView';
import { useRound } from '../modules/councils/hooks/useRound';
import { useRoundLive } from '../modules/councils/hooks/useRoundLive';

export function ScoringPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { round, loading, error } = useRound(id);
  useRoundLive(id);

  if (error && !round) return <ErrorNotice error={error} />;
  if (!round) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  return (
    <section className="page" data-testid="scoring-page">
      <RoundHeader round={round} />
      <p className="muted">{t('rounds.scoring.intro')}</p>
      <ScoringView round={round} />
    </section>
  );
}
