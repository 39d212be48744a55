import { graphql } from '../../../gql';

export const CandidacyHistoryQuery = graphql(`
  query CandidacyHistory($id: ID!) {
    candidacy(id: $id) {
      ...EntryCandidacy
      campaign {
        id
        name
      }
      timeline {
        id
        action
        fromState
        toState
        reason
        at
        actor {
          id
          displayName
        }
      }
    }
  }
`);
