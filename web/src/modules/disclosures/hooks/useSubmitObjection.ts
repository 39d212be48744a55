import { useMutation } from '@apollo/client/react';
import type { SubmitObjectionInput } from '../../../gql/graphql';
import { SubmitObjectionMutation } from '../graphql/submitObjection';

/**
 * Sends one objection. The answer is only whether it was taken: the public never reads an
 * objection back (its contact is for the officers alone).
 */
export function useSubmitObjection() {
  const [mutate, { loading, error, reset }] = useMutation(SubmitObjectionMutation);
  const submit = async (input: SubmitObjectionInput): Promise<boolean> => {
    const { data } = await mutate({ variables: { input } });
    return data?.submitObjection === true;
  };
  return { submit, loading, error, reset };
}
