import { useMutation } from '@apollo/client/react';
import type { AnnulDecisionInput } from '../../../gql/graphql';
import { AnnulDecisionMutation } from '../graphql/annulDecision';

export function useAnnulDecision() {
  const [mutate, { loading, error, reset }] = useMutation(AnnulDecisionMutation);
  const annul = async (input: AnnulDecisionInput) =>
    (await mutate({ variables: { input } })).data?.annulDecision ?? null;
  return { annul, loading, error, reset };
}
