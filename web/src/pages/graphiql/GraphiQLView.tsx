// Loaded lazily: GraphiQL and its Monaco editor are large, and only developers open this page.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import type { ExecutionResult } from 'graphql';
import { readToken } from '../../modules/auth/token';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// The signed-in user's token rides along, so GraphiQL sees exactly what the app sees.
const fetcher: Fetcher = async (params, options) => {
  const token = readToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

const DEFAULT_QUERY = `# Vinh Danh API. Your session's token is sent with every request.
query Me {
  me {
    capabilities
    user { username displayName unit { code name } roles { role unit { name } } }
  }
}
`;

export default function GraphiQLView() {
  return <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />;
}
