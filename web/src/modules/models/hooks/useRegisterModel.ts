import { useMutation } from '@apollo/client/react';
import type { RegisterModelInput } from '../../../gql/graphql';
import { RegisterModelMutation } from '../graphql/registerModel';

export function useRegisterModel() {
  const [mutate, { loading, error, reset }] = useMutation(RegisterModelMutation, {
    refetchQueries: ['Models'],
  });
  const registerModel = async (input: RegisterModelInput) =>
    (await mutate({ variables: { input } })).data?.registerModel ?? null;
  return { registerModel, loading, error, reset };
}
