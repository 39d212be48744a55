import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { CandidacyAction } from '@vinh-danh/shared';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { SuccessNotice } from '../modules/common/components/Notice';
import { EditModelForm } from '../modules/models/components/EditModelForm';
import { useModel } from '../modules/models/hooks/useModel';

export function EditModelPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const registered = (location.state as { registered?: boolean } | null)?.registered === true;
  const { model, loading, error } = useModel(id);

  if (error) return <ErrorNotice error={error} />;
  if (!model) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  // The dossier can be changed while it can be submitted: the server's word, not a state list.
  if (!model.candidacy.availableActions.includes(CandidacyAction.SUBMIT))
    return <Navigate to={`/models/${model.id}`} replace />;

  return (
    <section className="page" data-testid="edit-model-page">
      <p>
        <Link to={`/models/${model.id}`}>← {model.title}</Link>
      </p>
      {registered ? <SuccessNotice>{t('models.form.registered')}</SuccessNotice> : null}
      <EditModelForm
        key={model.id}
        model={model}
        onDone={() => void navigate(`/models/${model.id}`)}
      />
    </section>
  );
}
