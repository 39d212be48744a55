import { useQuery } from '@apollo/client/react';
import { RoundQuery } from '../graphql/round';

export function useRound(id: string) {
  const { data, loading, error, refetch } = useQuery(RoundQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { round: data?.round ?? null, loading, error, refetch };
}
