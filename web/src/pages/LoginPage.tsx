import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
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
        <nav className="login__public" aria-label={t('publicSite.nav.label')}>
          <p className="muted">{t('publicSite.loginLinks')}</p>
          <ul>
            <li>
              <Link to="/vinh-danh" data-testid="login-link-honour-roll">
                {t('publicSite.nav.honourRoll')}
              </Link>
            </li>
            <li>
              <Link to="/cong-khai" data-testid="login-link-disclosures">
                {t('publicSite.nav.disclosures')}
              </Link>
            </li>
            <li>
              <Link to="/xac-minh" data-testid="login-link-verify">
                {t('publicSite.nav.verify')}
              </Link>
            </li>
          </ul>
        </nav>
      </main>
    </div>
  );
}
