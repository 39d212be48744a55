import { graphql } from '../../../gql';

export const CouncilQuery = graphql(`
  query Council($id: ID!) {
    council(id: $id) {
      ...CouncilSummary
      ...CouncilRules
      campaign {
        id
        name
        rubric {
          total
        }
      }
      members {
        ...CouncilMemberFields
      }
      rounds {
        id
        name
        state
        publishedAt
        createdAt
      }
      intake {
        ...EntryCandidacy
      }
    }
  }
`);
