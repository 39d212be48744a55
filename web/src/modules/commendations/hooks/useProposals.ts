import { useQuery } from '@apollo/client/react';
import { ProposalsQuery } from '../graphql/proposals';

export function useProposals(campaignId: string | null = null) {
  const { data, loading, error, refetch } = useQuery(ProposalsQuery, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
  });
  return { proposals: data?.proposals ?? [], loading, error, refetch };
}
