import { graphql } from '../../../gql';

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitWithPath
    }
  }
`);
