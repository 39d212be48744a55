import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { LanguageSwitch } from './LanguageSwitch';

const LINKS = [
  { to: '/vinh-danh', key: 'honourRoll' },
  { to: '/cong-khai', key: 'disclosures' },
  { to: '/xac-minh', key: 'verify' },
] as const;

/**
 * The frame of the public pages: anyone reads them without an account, most on a phone. A light
 * header, three links that fit one line at 375 px, the language, and the way in for staff.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <div className="shell shell--public">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="public-bar">
        <div className="public-bar__top">
          <Link to="/vinh-danh" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <div className="public-bar__session">
            <LanguageSwitch />
            {viewer ? (
              <Link to="/" className="button button--small" data-testid="public-staff-home">
                {t('publicSite.nav.staffHome')}
              </Link>
            ) : (
              <Link to="/login" className="button button--small" data-testid="public-sign-in">
                {t('publicSite.nav.signIn')}
              </Link>
            )}
          </div>
        </div>
        <nav className="public-nav" aria-label={t('publicSite.nav.label')}>
          {LINKS.map((link) => (
            <NavLink key={link.key} to={link.to} data-testid={`public-nav-${link.key}`}>
              {t(`publicSite.nav.${link.key}`)}
            </NavLink>
          ))}
        </nav>
      </header>
      <main id="main" className="main main--public">
        <Outlet />
      </main>
    </div>
  );
}
