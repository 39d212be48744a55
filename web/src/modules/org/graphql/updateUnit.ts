import { graphql } from '../../../gql';

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      ...UnitWithPath
    }
  }
`);
