import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CAPABILITIES, type Capability } from '@vinh-danh/shared';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { CouncilWorkList } from '../modules/councils/components/CouncilWorkList';
import { useMyCouncilWork } from '../modules/councils/hooks/useMyCouncilWork';

const CAPABILITY_LINKS: Partial<Record<Capability, string>> = {
  browseOrg: '/units',
  manageUnits: '/units',
  manageUsers: '/users',
  manageCampaigns: '/campaigns',
  readCampaigns: '/campaigns',
  browseModels: '/models',
  registerModels: '/models/new',
  reviewSubmissions: '/queue',
  exploreApi: '/graphiql',
  browseCouncils: '/councils',
  manageCommendations: '/commendations',
  signDecisions: '/decisions',
};

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // Seats are not roles: a council member's home is the work their councils hold for them.
  const { work, answered, error } = useMyCouncilWork(viewer !== null);
  if (!viewer) return null;
  const { user, capabilities } = viewer;
  const known = (Object.keys(CAPABILITIES) as Capability[]).filter((c) => capabilities.includes(c));

  return (
    <section className="page" data-testid="home">
      <h1 data-testid="greeting">{t('home.greeting', { name: user.displayName })}</h1>
      <p className="muted">{t('home.homeUnit', { unit: user.unit.name })}</p>

      <div className="cards">
        {work.length > 0 ? <CouncilWorkList work={work} /> : null}
        <ErrorNotice error={error} />

        {user.roles.length === 0 && (!answered || work.length > 0) ? null : (
          <section className="card">
            <h2>{t('home.yourRoles')}</h2>
            {user.roles.length === 0 ? (
              <p data-testid="no-roles">{t('home.noRoles')}</p>
            ) : (
              <ul className="plain-list" data-testid="my-roles">
                {user.roles.map((grant) => (
                  <li key={grant.id} data-testid={`my-role-${grant.role}`}>
                    {t('home.roleOnUnit', {
                      role: t(`roles.${grant.role}`),
                      unit: grant.unit?.name ?? t('common.wholeSystem'),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        {known.length > 0 ? (
          <section className="card">
            <h2>{t('home.whatYouCanDo')}</h2>
            <ul className="plain-list">
              {known.map((capability) => {
                const to = CAPABILITY_LINKS[capability];
                const label = t(`home.capabilities.${capability}`);
                return <li key={capability}>{to ? <Link to={to}>{label}</Link> : label}</li>;
              })}
            </ul>
          </section>
        ) : null}
      </div>
    </section>
  );
}
