import { useQuery } from '@apollo/client/react';
import { IssuersQuery } from '../graphql/issuers';

export function useIssuers(skip = false) {
  const { data, loading, error } = useQuery(IssuersQuery, { skip });
  return { issuers: data?.issuers ?? [], loading, error };
}
