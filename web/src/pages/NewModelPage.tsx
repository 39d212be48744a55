import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegisterModelForm } from '../modules/models/components/RegisterModelForm';

export function NewModelPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section className="page" data-testid="new-model-page">
      <p>
        <Link to="/models">← {t('models.detail.back')}</Link>
      </p>
      <RegisterModelForm
        onRegistered={(model) =>
          void navigate(`/models/${model.id}/edit`, { state: { registered: true } })
        }
      />
    </section>
  );
}
