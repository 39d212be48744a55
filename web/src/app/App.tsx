import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '../modules/auth/components/AuthProvider';
import { createApolloClient } from './apollo';
import { AppRoutes } from './routes';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <BrowserRouter>
      <ApolloProvider client={client}>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </ApolloProvider>
    </BrowserRouter>
  );
}
