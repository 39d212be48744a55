import { useQuery } from '@apollo/client/react';
import { UsersQuery } from '../graphql/users';

const PAGE = 50;

/** Users of a unit's whole subtree (or of the viewer's whole scope when no unit is given). */
export function useUsers(unitId: string | null, search: string) {
  const { data, loading, error, fetchMore } = useQuery(UsersQuery, {
    variables: { unitId, search: search.trim() || null, first: PAGE },
  });
  const page = data?.users;

  const loadMore = async () => {
    if (!page?.pageInfo.hasNextPage) return;
    await fetchMore({ variables: { after: page.pageInfo.endCursor } });
  };

  return {
    users: page?.nodes ?? [],
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
