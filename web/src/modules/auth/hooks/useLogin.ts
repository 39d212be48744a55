import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginMutation } from '../graphql/login';
import { MeQuery } from '../graphql/me';
import { storeToken } from '../token';

export function useLogin() {
  const client = useApolloClient();
  const [mutate, { loading, error, reset }] = useMutation(LoginMutation);

  /** Resolves once signed in; rejects (and sets `error`) when the server refuses. */
  const login = async (username: string, password: string): Promise<void> => {
    const { data } = await mutate({ variables: { input: { username, password } } });
    if (!data) return;
    // Nothing cached for a previous user may leak into this session.
    await client.clearStore();
    storeToken(data.login.token, data.login.expiresAt);
    client.writeQuery({ query: MeQuery, data: { me: data.login.viewer } });
  };

  return { login, loading, error, reset };
}
