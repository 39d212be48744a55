import { skipToken, useQuery } from '@apollo/client/react';
import { UnitQuery } from '../graphql/unit';

export function useUnit(id: string | null) {
  const { data, loading, error, refetch } = useQuery(
    UnitQuery,
    id ? { variables: { id } } : skipToken,
  );
  return { unit: data?.unit ?? null, loading, error, refetch };
}
