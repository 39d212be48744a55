import { useMutation } from '@apollo/client/react';
import type { CreateCampaignInput } from '../../../gql/graphql';
import { CreateCampaignMutation } from '../graphql/createCampaign';

export function useCreateCampaign() {
  const [mutate, { loading, error, reset }] = useMutation(CreateCampaignMutation, {
    refetchQueries: ['Campaigns'],
  });
  const createCampaign = async (input: CreateCampaignInput) =>
    (await mutate({ variables: { input } })).data?.createCampaign ?? null;
  return { createCampaign, loading, error, reset };
}
