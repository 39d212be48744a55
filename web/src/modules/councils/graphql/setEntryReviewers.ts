import { graphql } from '../../../gql';

export const SetEntryReviewersMutation = graphql(`
  mutation SetEntryReviewers($input: ReviewersInput!) {
    setEntryReviewers(input: $input) {
      ...RoundFields
    }
  }
`);
