import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { Kind, OperationTypeNode } from 'graphql';
import { ErrorCode } from '@vinh-danh/shared';
import { clearToken, onTokenChange, readToken } from '../modules/auth/token';
import { pagedLists } from './pagination';

const wsUrl = () => {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
};

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

  // Subscriptions go over graphql-ws on the same path. The socket opens on the first
  // subscription and authenticates once, when it connects: a new token means a new socket.
  const ws = createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    connectionParams: () => {
      const token = readToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  onTokenChange(() => ws.terminate());

  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return (
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.operation === OperationTypeNode.SUBSCRIPTION
    );
  };

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(
      isSubscription,
      new GraphQLWsLink(ws),
      ApolloLink.from([sessionEnded, auth, new HttpLink({ uri: '/graphql' })]),
    ),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: pagedLists },
        // The public certificate types have no id: their code is what names them.
        Certificate: { keyFields: ['code'] },
        HonourEntry: { keyFields: ['code'] },
      },
    }),
  });
  return client;
};
