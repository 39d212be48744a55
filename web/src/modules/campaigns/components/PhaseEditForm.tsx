import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignFieldsFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useUpdateCampaign } from '../hooks/useUpdateCampaign';
import { phaseInputs, phaseRows, type PhaseRow } from '../phases';
import { validatePhases } from '../validation';
import { PhaseFields } from './PhaseFields';
import { FormActions } from '../../common/components/FormActions';

interface Props {
  campaign: CampaignFieldsFragment;
  onSaved: () => void;
  onCancel: () => void;
}

/** Changes a campaign's phase dates, naming the version seen (CONFLICT when stale). */
export function PhaseEditForm({ campaign, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { updateCampaign, loading, error } = useUpdateCampaign();
  const [rows, setRows] = useState<PhaseRow[]>(() => phaseRows(campaign.phases));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePhases(t, rows);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    try {
      const saved = await updateCampaign({
        id: campaign.id,
        version: campaign.version,
        phases: phaseInputs(rows),
      });
      if (saved) onSaved();
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <form
      className="form"
      data-testid={`campaign-phases-form-${campaign.id}`}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <ErrorNotice error={error} onReload={() => window.location.reload()} />
      <PhaseFields rows={rows} onChange={setRows} errors={errors} />
      <FormActions
        label={t('common.save')}
        testId="campaign-phases-save"
        busy={loading}
        announceSaving
        onCancel={onCancel}
      />
    </form>
  );
}
