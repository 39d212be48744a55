import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { Capability } from '@vinh-danh/shared';
import { useLogout } from '../modules/auth/hooks/useLogout';
import { useCouncils } from '../modules/councils/hooks/useCouncils';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

interface NavItem {
  to: string;
  key:
    | 'home'
    | 'campaigns'
    | 'models'
    | 'queue'
    | 'councils'
    | 'commendations'
    | 'decisions'
    | 'units'
    | 'users'
    | 'graphiql';
  /** shown to whoever holds one of these */
  needs?: readonly Capability[];
  /** or to whoever sits on a council */
  orSeated?: boolean;
}

// The menu reads the capability table, as the routes' guards and the API do.
const NAV: NavItem[] = [
  { to: '/', key: 'home' },
  { to: '/campaigns', key: 'campaigns', needs: ['readCampaigns'] },
  { to: '/models', key: 'models', needs: ['browseModels'] },
  { to: '/queue', key: 'queue', needs: ['reviewSubmissions'] },
  { to: '/councils', key: 'councils', needs: ['browseCouncils'], orSeated: true },
  { to: '/commendations', key: 'commendations', needs: ['manageCommendations'] },
  { to: '/decisions', key: 'decisions', needs: ['signDecisions'] },
  { to: '/units', key: 'units', needs: ['browseOrg'] },
  { to: '/users', key: 'users', needs: ['browseOrg'] },
  // Open to anyone signed in by its address; offered in the menu to administrators only.
  { to: '/graphiql', key: 'graphiql', needs: ['exploreApi'] },
];

export function Layout() {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const { logout, loading } = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [menuFor, setMenuFor] = useState<string | null>(null);
  // Council seats come from membership, not capabilities: the menu waits for the councils so
  // that it renders at once.
  const { councils, answered } = useCouncils(viewer !== null);
  const seated = councils.some((c) => c.mySeat);
  const shown = (item: NavItem) =>
    !item.needs || item.needs.some(can) || (item.orSeated === true && seated);
  // The phone menu closes by itself when the page changes.
  const menuOpen = menuFor === pathname;

  const onLogout = async () => {
    await logout();
    await navigate('/login', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ★
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </NavLink>
        <button
          type="button"
          className="menu-toggle"
          data-testid="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuFor(menuOpen ? null : pathname)}
        >
          <span aria-hidden="true">☰</span> {t('common.menu')}
        </button>
        <nav
          id="main-nav"
          className={menuOpen ? 'nav nav--open' : 'nav'}
          aria-label={t('nav.main')}
        >
          <ul className="nav__links">
            {(answered ? NAV.filter(shown) : []).map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.to === '/'} data-testid={`nav-${item.key}`}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="nav__session">
            <span className="nav__user" data-testid="current-user">
              {t('nav.signedInAs', { name: viewer?.user.displayName ?? '' })}
            </span>
            <LanguageSwitch />
            <button
              type="button"
              className="button button--ghost"
              data-testid="logout"
              disabled={loading}
              onClick={() => void onLogout()}
            >
              {t('nav.logout')}
            </button>
          </div>
        </nav>
        <NotificationBell />
      </header>
      <main id="main" className="main">
        <Outlet />
      </main>
    </div>
  );
}
