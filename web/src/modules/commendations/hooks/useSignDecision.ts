import { useMutation } from '@apollo/client/react';
import { SignDecisionMutation } from '../graphql/signDecision';

export function useSignDecision() {
  const [mutate, { loading, error, reset }] = useMutation(SignDecisionMutation);
  const sign = async (decisionId: string, version: number) =>
    (await mutate({ variables: { input: { decisionId, version } } })).data?.signDecision ?? null;
  return { sign, loading, error, reset };
}
