import { useQuery } from '@apollo/client/react';
import { ProposalsQuery } from '../graphql/proposals';

export function useProposals(campaignId: string | null = null, skip = false) {
  const { data, loading, error, refetch } = useQuery(ProposalsQuery, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  return { proposals: data?.proposals ?? [], loading, error, refetch };
}
