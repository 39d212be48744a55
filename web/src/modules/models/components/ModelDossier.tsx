import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useModel } from '../hooks/useModel';
import { EvidencePanel } from './EvidencePanel';
import { ModelView } from './ModelView';

/**
 * A model's whole dossier, read-only: the facts, the ten parts, the indicators and the evidence.
 * The same for every level a candidacy of it reaches: a promoted entry shows its unit's dossier.
 */
export function ModelDossier({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const { model, loading, error } = useModel(modelId);
  if (error && !model) return <ErrorNotice error={error} testId="dossier-error" />;
  if (!model) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  return (
    <div data-testid="dossier">
      <ModelView model={model} />
      <EvidencePanel model={model} editable={false} />
    </div>
  );
}
