import { graphql } from '../../../gql';

export const AssignReviewersMutation = graphql(`
  mutation AssignReviewers($input: AssignInput!) {
    assignReviewers(input: $input) {
      ...RoundFields
    }
  }
`);
