import { useMutation } from '@apollo/client/react';
import type { UpdateUnitInput } from '../../../gql/graphql';
import { UpdateUnitMutation } from '../graphql/updateUnit';

export function useUpdateUnit() {
  // The changed unit comes back and the cache updates every place that shows it.
  const [mutate, { loading, error, reset }] = useMutation(UpdateUnitMutation);
  const updateUnit = async (input: UpdateUnitInput) =>
    (await mutate({ variables: { input } })).data?.updateUnit ?? null;
  return { updateUnit, loading, error, reset };
}
