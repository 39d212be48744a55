import { useQuery } from '@apollo/client/react';
import { CouncilQuery } from '../graphql/council';

export function useCouncil(id: string) {
  const { data, loading, error, refetch } = useQuery(CouncilQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { council: data?.council ?? null, loading, error, refetch };
}
