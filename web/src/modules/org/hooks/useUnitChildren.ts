import { skipToken, useQuery } from '@apollo/client/react';
import { UnitChildrenQuery } from '../graphql/unitChildren';

/** Children load only once a node is opened: a national tree has thousands of communes. */
export function useUnitChildren(id: string, open: boolean) {
  const { data, loading, error } = useQuery(
    UnitChildrenQuery,
    open ? { variables: { id } } : skipToken,
  );
  return { children: data?.unit.children ?? [], loading, error };
}
