import { useMutation } from '@apollo/client/react';
import { SignDecisionsMutation } from '../graphql/signDecisions';

export function useSignDecisions() {
  const [mutate, { loading, error, reset }] = useMutation(SignDecisionsMutation);
  const signMany = async (decisions: { decisionId: string; version: number }[]) =>
    (await mutate({ variables: { input: { decisions } } })).data?.signDecisions ?? [];
  return { signMany, loading, error, reset };
}
