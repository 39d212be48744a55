import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Capability } from '@vinh-danh/shared';
import { useViewer } from '../modules/auth/hooks/useViewer';

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
  const { t } = useTranslation();
  const needed: readonly Capability[] = typeof capability === 'string' ? [capability] : capability;
  if (!needed.some(can)) {
    return (
      <p className="notice notice--error" role="alert" data-testid="forbidden">
        {t('errors.FORBIDDEN')}
      </p>
    );
  }
  return children;
}
