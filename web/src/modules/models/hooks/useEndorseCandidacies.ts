import { useMutation } from '@apollo/client/react';
import type { CandidacyVersionInput } from '../../../gql/graphql';
import { EndorseCandidaciesMutation } from '../graphql/endorseCandidacies';

/** Endorses several at once; each item succeeds or fails on its own (`errorCode`). */
export function useEndorseCandidacies() {
  const [mutate, { loading, error, reset }] = useMutation(EndorseCandidaciesMutation, {
    refetchQueries: ['Models'],
  });
  const endorse = async (items: CandidacyVersionInput[]) =>
    (await mutate({ variables: { input: { items } } })).data?.endorseCandidacies ?? [];
  return { endorse, loading, error, reset };
}
