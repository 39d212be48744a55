import { graphql } from '../../../gql';

export const PublishResultsMutation = graphql(`
  mutation PublishResults($roundId: ID!) {
    publishResults(roundId: $roundId) {
      ...RoundFields
    }
  }
`);
