import { useTranslation } from 'react-i18next';
import { ReviewQueue } from '../modules/models/components/ReviewQueue';

export function QueuePage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="queue-page">
      <div className="page__header">
        <h1>{t('queue.title')}</h1>
      </div>
      <p className="muted">{t('queue.intro')}</p>
      <ReviewQueue />
    </section>
  );
}
