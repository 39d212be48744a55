import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@vinh-danh/shared';
import { clearToken, readToken } from '../modules/auth/token';

export const createApolloClient = (): ApolloClient => {
  const auth = new SetContextLink((previous) => {
    const token = readToken();
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });

  // A session that ends mid-use (expired, revoked) sends the user back to the login page: the
  // auth provider sees the token go and the route guards redirect. A failed login is not that.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)
    ) {
      clearToken();
      void client.clearStore();
    }
  });

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([sessionEnded, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
  return client;
};
