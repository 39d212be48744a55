import { useQuery } from '@apollo/client/react';
import { NotificationsQuery } from '../graphql/notifications';

export const NOTIFICATION_PAGE = 20;

/** The newest notifications, loaded when the list is first opened. */
export function useNotifications(open: boolean) {
  const { data, loading, error, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATION_PAGE },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.notifications;

  const loadMore = async () => {
    if (!page?.pageInfo.hasNextPage) return;
    await fetchMore({ variables: { after: page.pageInfo.endCursor } });
  };

  return {
    notifications: page?.nodes ?? [],
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
