import { useQuery } from '@apollo/client/react';
import { RoundProposalsQuery } from '../graphql/roundProposals';

export function useRoundProposals(roundId: string, skip = false) {
  const { data, loading, error } = useQuery(RoundProposalsQuery, {
    variables: { id: roundId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  return { proposals: data?.round?.proposals ?? [], loading, error };
}
