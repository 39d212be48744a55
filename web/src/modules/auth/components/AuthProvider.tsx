import { useEffect, useMemo, type ReactNode } from 'react';
import type { Capability } from '@vinh-danh/shared';
import { useMe } from '../hooks/useMe';
import { AuthContext, type AuthState } from '../hooks/useViewer';
import { clearToken, useToken } from '../token';

export function AuthProvider({ children }: { children: ReactNode }) {
  const token = useToken();
  const { viewer, answered, loading } = useMe(token !== null);

  // A token the server no longer knows (expired, revoked) is dropped, so the guards send the
  // user to the login page.
  const stale = token !== null && answered && !loading && viewer === null;
  useEffect(() => {
    if (stale) clearToken();
  }, [stale]);

  const state = useMemo<AuthState>(() => {
    const signedIn = token !== null ? viewer : null;
    const capabilities = new Set<string>(signedIn?.capabilities ?? []);
    return {
      viewer: signedIn,
      checking: token !== null && !answered && loading,
      can: (capability: Capability) => capabilities.has(capability),
    };
  }, [token, viewer, answered, loading]);

  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}
