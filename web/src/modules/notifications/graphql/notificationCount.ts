import { graphql } from '../../../gql';

export const NotificationCountQuery = graphql(`
  query NotificationCount {
    notificationCount {
      unread
    }
  }
`);
