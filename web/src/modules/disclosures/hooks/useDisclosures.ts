import { useQuery } from '@apollo/client/react';
import { DisclosuresQuery } from '../graphql/disclosures';

/** The lists under disclosure now; anyone may read them. */
export function useDisclosures() {
  const { data, loading, error, refetch } = useQuery(DisclosuresQuery, {
    fetchPolicy: 'cache-and-network',
  });
  return { disclosures: data?.disclosures ?? [], loading: loading && !data, error, refetch };
}
