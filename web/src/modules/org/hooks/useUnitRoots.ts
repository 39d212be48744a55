import { useQuery } from '@apollo/client/react';
import { UnitRootsQuery } from '../graphql/unitRoots';

export function useUnitRoots() {
  const { data, loading, error, refetch } = useQuery(UnitRootsQuery);
  return { roots: data?.unitRoots ?? [], loading, error, refetch };
}
