import { useMutation } from '@apollo/client/react';
import type { ProposeCommendationInput } from '../../../gql/graphql';
import { ProposeCommendationMutation } from '../graphql/proposeCommendation';

export function useProposeCommendation() {
  // A new proposal is a new row: the lists of proposals read it again.
  const [mutate, { loading, error, reset }] = useMutation(ProposeCommendationMutation, {
    refetchQueries: ['Proposals', 'RoundProposals'],
  });
  const propose = async (input: ProposeCommendationInput) =>
    (await mutate({ variables: { input } })).data?.proposeCommendation ?? null;
  return { propose, loading, error, reset };
}
