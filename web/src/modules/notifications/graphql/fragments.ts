import { graphql } from '../../../gql';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    createdAt
    readAt
    modelTitle
    actorName
    reason
    councilName
    roundId
    roundName
    count
    unitName
    candidacy {
      id
      modelId
    }
  }
`);
