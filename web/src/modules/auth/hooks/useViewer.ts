import { createContext, useContext } from 'react';
import type { Capability } from '@vinh-danh/shared';
import type { ViewerFieldsFragment } from '../../../gql/graphql';

export interface AuthState {
  /** null while signed out */
  viewer: ViewerFieldsFragment | null;
  /** true until we know whether the stored token still works */
  checking: boolean;
  can: (capability: Capability) => boolean;
}

export const AuthContext = createContext<AuthState>({
  viewer: null,
  checking: false,
  can: () => false,
});

/** The signed-in person and what the server says they may do (never re-derived here). */
export const useViewer = (): AuthState => useContext(AuthContext);
