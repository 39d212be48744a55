import { skipToken, useQuery } from '@apollo/client/react';
import { SearchUnitsQuery } from '../graphql/searchUnits';

const PAGE = 20;

/** Diacritics-insensitive search on the server: "noong luong" finds "Noong Luống". */
export function useSearchUnits(search: string) {
  const term = search.trim();
  const { data, loading, error, fetchMore } = useQuery(
    SearchUnitsQuery,
    term ? { variables: { search: term, first: PAGE } } : skipToken,
  );
  const page = data?.units;

  const loadMore = async () => {
    if (!page?.pageInfo.hasNextPage) return;
    await fetchMore({ variables: { after: page.pageInfo.endCursor } });
  };

  return {
    units: page?.nodes ?? [],
    hasMore: page?.pageInfo.hasNextPage ?? false,
    searched: term !== '',
    loading,
    error,
    loadMore,
  };
}
