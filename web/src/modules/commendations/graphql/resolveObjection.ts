import { graphql } from '../../../gql';

export const ResolveObjectionMutation = graphql(`
  mutation ResolveObjection($input: ResolveObjectionInput!) {
    resolveObjection(input: $input) {
      ...ObjectionFields
      decision {
        ...DecisionFields
      }
    }
  }
`);
