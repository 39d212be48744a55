import { graphql } from '../../../gql';

export const SubmitScoresMutation = graphql(`
  mutation SubmitScores($input: ScoreSheetInput!) {
    submitScores(input: $input) {
      ...ReviewEntryFields
    }
  }
`);
