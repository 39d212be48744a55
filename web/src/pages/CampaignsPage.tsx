import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { CampaignCard } from '../modules/campaigns/components/CampaignCard';
import { CampaignForm } from '../modules/campaigns/components/CampaignForm';
import { useCampaigns } from '../modules/campaigns/hooks/useCampaigns';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { SuccessNotice } from '../modules/common/components/Notice';

export function CampaignsPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canManage = can('manageCampaigns');
  const { campaigns, loading, error } = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section className="page" data-testid="campaigns-page">
      <div className="page__header">
        <h1>{t('campaigns.title')}</h1>
        {canManage && !creating ? (
          <button
            type="button"
            className="button"
            data-testid="campaign-action-create"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('campaigns.create.open')}
          </button>
        ) : null}
      </div>
      {created ? <SuccessNotice>{created}</SuccessNotice> : null}
      {creating ? (
        <CampaignForm
          onCancel={() => setCreating(false)}
          onCreated={(campaign) => {
            setCreating(false);
            setCreated(t('campaigns.create.created', { name: campaign.name }));
          }}
        />
      ) : null}
      <ErrorNotice error={error} />
      {loading && campaigns.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && campaigns.length === 0 ? (
        <p className="muted" data-testid="campaign-list-empty">
          {t('campaigns.empty')}
        </p>
      ) : null}
      <div data-testid="campaign-list">
        {campaigns.map((c) => (
          <CampaignCard key={c.id} campaign={c} canManage={canManage} />
        ))}
      </div>
    </section>
  );
}
