import { useMutation } from '@apollo/client/react';
import type { GrantRoleInput } from '../../../gql/graphql';
import { GrantRoleMutation } from '../graphql/grantRole';

export function useGrantRole() {
  // The user comes back with its roles: the cache updates the list and the panel.
  const [mutate, { loading, error, reset }] = useMutation(GrantRoleMutation);
  const grantRole = async (input: GrantRoleInput) =>
    (await mutate({ variables: { input } })).data?.grantRole ?? null;
  return { grantRole, loading, error, reset };
}
