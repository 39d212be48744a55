import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { useViewer } from '../modules/auth/hooks/useViewer';

export function LoginPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (viewer) return <Navigate to="/" replace />;
  return (
    <div className="login">
      <div className="login__lang">
        <LanguageSwitch />
      </div>
      <main className="login__card">
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            ★
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </p>
        <p className="login__tagline">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <LoginForm />
      </main>
    </div>
  );
}
