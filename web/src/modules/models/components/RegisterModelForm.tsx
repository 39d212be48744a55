import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can, Phase } from '@vinh-danh/shared';
import type { ModelDetailFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { useCampaigns } from '../../campaigns/hooks/useCampaigns';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { draftInput, emptyDraft, hasErrors, validateDraft, type DraftErrors } from '../draft';
import { useRegisterModel } from '../hooks/useRegisterModel';
import { Field } from '../../common/components/Field';
import { ModelFields } from './ModelFields';

interface Props {
  onRegistered: (model: ModelDetailFragment) => void;
}

/**
 * Registers a model of the officer's unit in a campaign open for registration. It starts as a
 * draft; the officer goes on editing it (saved automatically) and uploads evidence.
 */
export function RegisterModelForm({ onRegistered }: Props) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { campaigns, loading: campaignsLoading } = useCampaigns();
  const { registerModel, loading, error } = useRegisterModel();
  const units = (viewer?.user.roles ?? [])
    .filter((g) => can([g.role], 'registerModels') && g.unit)
    .map((g) => g.unit!);
  const open = campaigns.filter((c) =>
    c.phases.some((p) => p.phase === Phase.REGISTRATION && p.open),
  );
  const [campaignId, setCampaignId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const campaign = open.find((c) => c.id === campaignId) ?? (open.length === 1 ? open[0] : null);
  const unit = units.find((u) => u.id === unitId) ?? units[0] ?? null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(t, draft);
    if (!campaign) found.campaign = t('validation.chooseCampaign');
    setErrors(found);
    if (hasErrors(found) || !campaign || !unit) return;
    try {
      const model = await registerModel({
        campaignId: campaign.id,
        unitId: unit.id,
        kind: draft.kind,
        ...draftInput(draft),
      });
      if (model) onRegistered(model);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  if (!campaignsLoading && open.length === 0) {
    return (
      <p className="notice notice--error" data-testid="no-open-campaign">
        {t('models.form.noOpenCampaign')}
      </p>
    );
  }

  return (
    <form
      className="form panel"
      data-testid="register-model-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h2>{t('models.form.registerTitle')}</h2>
      <ErrorNotice error={error} />
      <div className="form__grid">
        <Field label={t('models.form.campaign')} error={errors.campaign} testId="model-campaign">
          {(control) => (
            <select
              {...control}
              data-testid="model-campaign"
              value={campaign?.id ?? ''}
              onChange={(e) => {
                setCampaignId(e.target.value);
                setDraft((d) => ({ ...d, fieldCode: '' }));
              }}
            >
              {open.length > 1 ? <option value="">—</option> : null}
              {open.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('models.form.unit')}>
          {(control) => (
            <select
              {...control}
              data-testid="model-unit"
              value={unit?.id ?? ''}
              disabled={units.length < 2}
              onChange={(e) => setUnitId(e.target.value)}
            >
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <ModelFields
        draft={draft}
        onChange={setDraft}
        fields={campaign?.fields ?? []}
        errors={errors}
        kindLocked={false}
      />

      <p className="field__hint">{t('models.evidence.saveFirst')}</p>
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="register-model-submit"
          disabled={loading}
        >
          {loading ? t('common.saving') : t('models.form.register')}
        </button>
      </div>
    </form>
  );
}
