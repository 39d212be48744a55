import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Capability } from '@vinh-danh/shared';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { useCouncils } from '../modules/councils/hooks/useCouncils';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, checking } = useViewer();
  const location = useLocation();
  const { t } = useTranslation();
  if (checking) return <p className="page-loading">{t('common.loading')}</p>;
  if (!viewer) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
}

/** Shows the page to whoever holds one of these capabilities. */
export function RequireCapability({
  capability,
  children,
}: {
  capability: Capability | readonly Capability[];
  children: ReactNode;
}) {
  const { can } = useViewer();
  const needed: readonly Capability[] = typeof capability === 'string' ? [capability] : capability;
  if (!needed.some(can)) return <Forbidden />;
  return children;
}

/**
 * The councils list: for whoever may browse councils, or sits on one (a seat is not a role, so
 * the councils themselves say so, as they do for the menu).
 */
export function RequireCouncilAccess({ children }: { children: ReactNode }) {
  const { can } = useViewer();
  const { t } = useTranslation();
  const byRole = can('browseCouncils');
  const { councils, answered } = useCouncils(!byRole);
  if (byRole) return children;
  if (!answered) return <p className="page-loading">{t('common.loading')}</p>;
  if (!councils.some((c) => c.mySeat)) return <Forbidden />;
  return children;
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <p className="notice notice--error" role="alert" data-testid="forbidden">
      {t('errors.FORBIDDEN')}
    </p>
  );
}
