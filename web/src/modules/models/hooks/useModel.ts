import { useQuery } from '@apollo/client/react';
import { ModelQuery } from '../graphql/model';

export function useModel(id: string) {
  const { data, loading, error, refetch } = useQuery(ModelQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { model: data?.model ?? null, loading, error, refetch };
}
