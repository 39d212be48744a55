import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CandidacyAction } from '@vinh-danh/shared';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { CandidacyActions } from '../modules/models/components/CandidacyActions';
import { EvidencePanel } from '../modules/models/components/EvidencePanel';
import { ModelView } from '../modules/models/components/ModelView';
import { Timeline } from '../modules/models/components/Timeline';
import { useModel } from '../modules/models/hooks/useModel';

export function ModelPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useViewer();
  const { model, loading, error, refetch } = useModel(id);

  if (error && !model) return <ErrorNotice error={error} />;
  if (!model) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  const editable = model.candidacy.availableActions.includes(CandidacyAction.SUBMIT);

  return (
    <section className="page" data-testid="model-page">
      {can('browseModels') ? (
        <p>
          <Link to="/models">← {t('models.detail.back')}</Link>
        </p>
      ) : null}
      <div className="page__header">
        <h1 data-testid="model-heading">{model.title}</h1>
        {editable ? (
          <Link to={`/models/${model.id}/edit`} className="button" data-testid="model-edit">
            {t('models.detail.edit')}
          </Link>
        ) : null}
      </div>
      <div className="split split--wide">
        <div className="split__main">
          <ModelView model={model} />
          <EvidencePanel model={model} editable={false} />
        </div>
        <div className="split__side">
          <CandidacyActions
            candidacy={model.candidacy}
            title={model.title}
            missingParts={model.missingParts}
            onReload={() => void refetch()}
          />
          <Timeline events={model.candidacy.timeline} />
        </div>
      </div>
    </section>
  );
}
