import { useQuery } from '@apollo/client/react';
import { NotificationsQuery } from '../graphql/notifications';
import { pagesOf } from '../../common/paging';

export const NOTIFICATION_PAGE = 20;

/** The newest notifications, loaded when the list is first opened. */
export function useNotifications(open: boolean) {
  const { data, loading, error, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATION_PAGE },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, hasMore, loadMore } = pagesOf(data?.notifications, fetchMore);

  return {
    notifications: nodes,
    hasMore,
    loading,
    error,
    loadMore,
  };
}
