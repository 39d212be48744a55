import { graphql } from '../../../gql';

export const MoveUnitMutation = graphql(`
  mutation MoveUnit($input: MoveUnitInput!) {
    moveUnit(input: $input) {
      ...UnitWithPath
    }
  }
`);
