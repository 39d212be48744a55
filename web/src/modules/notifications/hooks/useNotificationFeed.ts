import { useSubscription } from '@apollo/client/react';
import { NotificationAddedSubscription } from '../graphql/notificationAdded';
import { NotificationCountQuery } from '../graphql/notificationCount';
import { NotificationsQuery } from '../graphql/notifications';
import { NOTIFICATION_PAGE } from './useNotifications';

/**
 * Listens for the viewer's new notifications over graphql-ws: the unread count and the list
 * grow without a reload, and the models on screen are fetched again, since a notification
 * means one of them changed state.
 */
export function useNotificationFeed(enabled: boolean) {
  useSubscription(NotificationAddedSubscription, {
    skip: !enabled,
    onData: ({ client, data }) => {
      const added = data.data?.notificationAdded;
      if (!added) return;
      client.cache.updateQuery({ query: NotificationCountQuery }, (current) =>
        current
          ? {
              notificationCount: {
                ...current.notificationCount,
                unread: current.notificationCount.unread + 1,
              },
            }
          : current,
      );
      client.cache.updateQuery(
        { query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE } },
        (current) =>
          current && !current.notifications.nodes.some((n) => n.id === added.id)
            ? {
                notifications: {
                  ...current.notifications,
                  nodes: [added, ...current.notifications.nodes],
                },
              }
            : current,
      );
      void client.refetchQueries({ include: ['Model', 'Models'] });
    },
  });
}
