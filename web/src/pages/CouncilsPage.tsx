import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { SuccessNotice } from '../modules/common/components/Notice';
import { CouncilForm } from '../modules/councils/components/CouncilForm';
import { CouncilList } from '../modules/councils/components/CouncilList';
import { useCouncils } from '../modules/councils/hooks/useCouncils';

export function CouncilsPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canManage = can('manageCampaigns');
  const { councils, loading, error } = useCouncils();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section className="page" data-testid="councils-page">
      <div className="page__header">
        <h1>{t('councils.title')}</h1>
        {canManage && !creating ? (
          <button
            type="button"
            className="button"
            data-testid="council-action-create"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('councils.create.open')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('councils.intro')}</p>
      {created ? <SuccessNotice>{created}</SuccessNotice> : null}
      {creating ? (
        <CouncilForm
          onCancel={() => setCreating(false)}
          onCreated={(council) => {
            setCreating(false);
            setCreated(t('councils.create.created', { name: council.name }));
          }}
        />
      ) : null}
      <ErrorNotice error={error} />
      {loading && councils.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && councils.length === 0 ? (
        <p className="muted" data-testid="council-list-empty">
          {t('councils.empty')}
        </p>
      ) : null}
      <CouncilList councils={councils} />
    </section>
  );
}
