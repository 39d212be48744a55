import { useQuery } from '@apollo/client/react';
import { CampaignsQuery } from '../graphql/campaigns';

/** Campaigns that concern the viewer's units. */
export function useCampaigns() {
  const { data, loading, error } = useQuery(CampaignsQuery);
  return { campaigns: data?.campaigns ?? [], loading, error };
}
