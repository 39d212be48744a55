import { graphql } from '../../../gql';

export const SubmitObjectionMutation = graphql(`
  mutation SubmitObjection($input: SubmitObjectionInput!) {
    submitObjection(input: $input)
  }
`);
