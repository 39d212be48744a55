import { useQuery } from '@apollo/client/react';
import { IssuersQuery } from '../graphql/issuers';

export function useIssuers(roundId: string | null, skip = false) {
  const { data, loading, error } = useQuery(IssuersQuery, { variables: { roundId }, skip });
  return { issuers: data?.issuers ?? [], loading, error };
}
