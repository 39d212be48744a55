import { skipToken, useQuery } from '@apollo/client/react';
import { SearchUnitsQuery } from '../graphql/searchUnits';
import { pagesOf } from '../../common/paging';

const PAGE = 20;

/** Diacritics-insensitive search on the server: "noong luong" finds "Noong Luống". */
export function useSearchUnits(search: string) {
  const term = search.trim();
  const { data, loading, error, fetchMore } = useQuery(
    SearchUnitsQuery,
    term ? { variables: { search: term, first: PAGE } } : skipToken,
  );
  const { nodes, hasMore, loadMore } = pagesOf(data?.units, fetchMore);

  return {
    units: nodes,
    hasMore,
    searched: term !== '',
    loading,
    error,
    loadMore,
  };
}
