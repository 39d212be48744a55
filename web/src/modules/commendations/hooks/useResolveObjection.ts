import { useMutation } from '@apollo/client/react';
import { ResolveObjectionMutation } from '../graphql/resolveObjection';

export function useResolveObjection() {
  // A resolved objection leaves the open queue, which is a list by state: read it again.
  const [mutate, { loading, error, reset }] = useMutation(ResolveObjectionMutation, {
    refetchQueries: ['Objections'],
  });
  const resolve = async (objectionId: string, upheld: boolean, reason: string) =>
    (await mutate({ variables: { input: { objectionId, upheld, reason } } })).data
      ?.resolveObjection ?? null;
  return { resolve, loading, error, reset };
}
