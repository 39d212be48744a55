import { skipToken, useQuery } from '@apollo/client/react';
import { UserQuery } from '../graphql/user';

export function useUser(id: string | null) {
  const { data, loading, error, refetch } = useQuery(
    UserQuery,
    id ? { variables: { id } } : skipToken,
  );
  return { user: data?.user ?? null, loading, error, refetch };
}
