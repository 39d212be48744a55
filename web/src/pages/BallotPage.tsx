import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { BallotView } from '../modules/councils/components/BallotView';
import { RoundHeader } from '../modules/councils/components/RoundHeader';
import { useRound } from '../modules/councils/hooks/useRound';
import { useRoundLive } from '../modules/councils/hooks/useRoundLive';

export function BallotPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { round, loading, error } = useRound(id);
  useRoundLive(id);

  if (error && !round) return <ErrorNotice error={error} />;
  if (!round) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  return (
    <section className="page" data-testid="ballot-page">
      <RoundHeader round={round} />
      <BallotView round={round} />
    </section>
  );
}
