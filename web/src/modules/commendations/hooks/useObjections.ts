import { useQuery } from '@apollo/client/react';
import type { ObjectionState } from '../../../gql/graphql';
import { ObjectionsQuery } from '../graphql/objections';

export function useObjections(state: ObjectionState) {
  const { data, loading, error, refetch } = useQuery(ObjectionsQuery, {
    variables: { state },
    fetchPolicy: 'cache-and-network',
  });
  return { objections: data?.objections ?? [], loading, error, refetch };
}
