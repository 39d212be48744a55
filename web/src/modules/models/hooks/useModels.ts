import { useQuery } from '@apollo/client/react';
import type { ModelFilter } from '../../../gql/graphql';
import { ModelsQuery } from '../graphql/models';

const PAGE = 20;

/** Models of the viewer's units, filtered, newest change first, a page at a time. */
export function useModels(filter: ModelFilter) {
  const { data, loading, error, fetchMore, refetch } = useQuery(ModelsQuery, {
    variables: { filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.models;

  const loadMore = async () => {
    if (!page?.pageInfo.hasNextPage) return;
    await fetchMore({ variables: { after: page.pageInfo.endCursor } });
  };

  return {
    models: page?.nodes ?? [],
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
    refetch,
  };
}
