import { useMutation } from '@apollo/client/react';
import type { ArchiveUnitInput } from '../../../gql/graphql';
import { ArchiveUnitMutation } from '../graphql/archiveUnit';

export function useArchiveUnit() {
  const [mutate, { loading, error, reset }] = useMutation(ArchiveUnitMutation, {
    refetchQueries: ['UnitRoots', 'UnitChildren', 'SearchUnits'],
  });
  const archiveUnit = async (input: ArchiveUnitInput) =>
    (await mutate({ variables: { input } })).data?.archiveUnit ?? null;
  return { archiveUnit, loading, error, reset };
}
