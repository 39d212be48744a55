import { graphql } from '../../../gql';

export const ArchiveUnitMutation = graphql(`
  mutation ArchiveUnit($input: ArchiveUnitInput!) {
    archiveUnit(input: $input) {
      ...UnitWithPath
    }
  }
`);
