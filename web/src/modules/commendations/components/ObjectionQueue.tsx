import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useObjections } from '../hooks/useObjections';
import { ObjectionCard } from './ObjectionCard';

/** The public's open objections, oldest first, each resolved with a reason. */
export function ObjectionQueue() {
  const { t } = useTranslation();
  const { objections, error } = useObjections('OPEN');
  const [resolved, setResolved] = useState(false);
  const list = [...objections].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section className="desk-section" data-testid="objection-queue">
      <h2>{t('commendationDesk.desk.objections')}</h2>
      {resolved ? <SuccessNotice>{t('commendationDesk.objection.resolved')}</SuccessNotice> : null}
      <ErrorNotice error={error} />
      {list.length === 0 ? (
        <p className="muted" data-testid="objections-none">
          {t('commendationDesk.desk.objectionsNone')}
        </p>
      ) : (
        list.map((o) => (
          <ObjectionCard key={o.id} objection={o} onResolved={() => setResolved(true)} />
        ))
      )}
    </section>
  );
}
