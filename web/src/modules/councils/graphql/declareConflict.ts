import { graphql } from '../../../gql';

export const DeclareConflictMutation = graphql(`
  mutation DeclareConflict($input: ConflictInput!) {
    declareConflict(input: $input) {
      ...RoundFields
    }
  }
`);
