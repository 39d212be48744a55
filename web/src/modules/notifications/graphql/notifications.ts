import { graphql } from '../../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        ...NotificationItem
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
