import { useMutation } from '@apollo/client/react';
import type { TransitionInput } from '../../../gql/graphql';
import { TransitionCandidacyMutation } from '../graphql/transitionCandidacy';

/**
 * The changed candidacy comes back with its new actions and timeline; the lists filtered by
 * state are refetched, since a state change moves a model in or out of them.
 */
export function useTransitionCandidacy() {
  const [mutate, { loading, error, reset }] = useMutation(TransitionCandidacyMutation, {
    refetchQueries: ['Models', 'Model'],
  });
  const transition = async (input: TransitionInput) =>
    (await mutate({ variables: { input } })).data?.transitionCandidacy ?? null;
  return { transition, loading, error, reset };
}
