import { useMutation } from '@apollo/client/react';
import { MarkNotificationsReadMutation } from '../graphql/markNotificationsRead';
import { NotificationCountQuery } from '../graphql/notificationCount';
import { NotificationsQuery } from '../graphql/notifications';
import { NOTIFICATION_PAGE } from './useNotifications';

/**
 * Marks some (or, with no ids, all) notifications read. The server answers with the new unread
 * count; the notifications on screen are marked read in the cache here.
 */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutation);

  const markRead = async (ids: string[] | null) =>
    mutate({
      variables: { ids },
      update: (cache, { data }) => {
        if (!data) return;
        cache.writeQuery({
          query: NotificationCountQuery,
          data: { notificationCount: data.markNotificationsRead },
        });
        const shown = cache.readQuery({
          query: NotificationsQuery,
          variables: { first: NOTIFICATION_PAGE },
        });
        const now = new Date().toISOString();
        for (const id of ids ?? shown?.notifications.nodes.map((n) => n.id) ?? []) {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: (readAt: string | null) => readAt ?? now },
          });
        }
      },
    });

  return { markRead, loading };
}
