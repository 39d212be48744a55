import { useMutation } from '@apollo/client/react';
import type { UpdateCampaignInput } from '../../../gql/graphql';
import { UpdateCampaignMutation } from '../graphql/updateCampaign';

/** The campaign comes back whole, so the cache (and every list showing it) updates itself. */
export function useUpdateCampaign() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateCampaignMutation);
  const updateCampaign = async (input: UpdateCampaignInput) =>
    (await mutate({ variables: { input } })).data?.updateCampaign ?? null;
  return { updateCampaign, loading, error, reset };
}
