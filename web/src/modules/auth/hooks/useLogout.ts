import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutMutation } from '../graphql/logout';
import { clearToken } from '../token';

export function useLogout() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutMutation);

  const logout = async (): Promise<void> => {
    try {
      await mutate();
    } catch {
      // The session may already be gone on the server; signing out here is what matters.
    }
    clearToken();
    await client.clearStore();
  };

  return { logout, loading };
}
