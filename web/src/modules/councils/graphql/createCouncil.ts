import { graphql } from '../../../gql';

export const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      ...CouncilSummary
    }
  }
`);
