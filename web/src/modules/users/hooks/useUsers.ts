import { useQuery } from '@apollo/client/react';
import { UsersQuery } from '../graphql/users';
import { pagesOf } from '../../common/paging';

const PAGE = 50;

/** Users of a unit's whole subtree (or of the viewer's whole scope when no unit is given). */
export function useUsers(unitId: string | null, search: string) {
  const { data, loading, error, fetchMore } = useQuery(UsersQuery, {
    variables: { unitId, search: search.trim() || null, first: PAGE },
  });
  const { nodes, hasMore, loadMore } = pagesOf(data?.users, fetchMore);

  return {
    users: nodes,
    hasMore,
    loading,
    error,
    loadMore,
  };
}
