import { useQuery } from '@apollo/client/react';
import { DecisionsQuery } from '../graphql/decisions';

export function useDecisions() {
  const { data, loading, error, refetch } = useQuery(DecisionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  return { decisions: data?.decisions ?? [], loading, error, refetch };
}
