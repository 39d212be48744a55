import { useMutation } from '@apollo/client/react';
import type { UpdateModelInput } from '../../../gql/graphql';
import { UpdateModelMutation } from '../graphql/updateModel';

/** Returns the whole model, so its page and the lists update from the cache. */
export function useUpdateModel() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateModelMutation);
  const updateModel = async (input: UpdateModelInput) =>
    (await mutate({ variables: { input } })).data?.updateModel ?? null;
  return { updateModel, loading, error, reset };
}
