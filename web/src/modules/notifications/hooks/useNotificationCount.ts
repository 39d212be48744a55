import { useQuery } from '@apollo/client/react';
import { NotificationCountQuery } from '../graphql/notificationCount';

export function useNotificationCount() {
  const { data } = useQuery(NotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  return data?.notificationCount.unread ?? 0;
}
