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
        ...TimelineEvent
      }
    }
  }
`);
