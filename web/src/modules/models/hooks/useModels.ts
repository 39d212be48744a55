import { useQuery } from '@apollo/client/react';
import type { ModelFilter } from '../../../gql/graphql';
import { ModelsQuery } from '../graphql/models';
import { pagesOf } from '../../common/paging';

const PAGE = 20;

/** Models of the viewer's units, filtered, newest change first, a page at a time. */
export function useModels(filter: ModelFilter) {
  const { data, loading, error, fetchMore, refetch } = useQuery(ModelsQuery, {
    variables: { filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, hasMore, loadMore } = pagesOf(data?.models, fetchMore);

  return {
    models: nodes,
    hasMore,
    loading,
    error,
    loadMore,
    refetch,
  };
}
