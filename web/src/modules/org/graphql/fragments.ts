import { graphql } from '../../../gql';

export const UnitSummaryFragment = graphql(`
  fragment UnitSummary on OrgUnit {
    id
    code
    name
    kind
    parentId
    depth
    childCount
    archivedAt
    version
  }
`);

/** A unit with the path above it, for detail panels and search results. */
export const UnitWithPathFragment = graphql(`
  fragment UnitWithPath on OrgUnit {
    ...UnitSummary
    ancestors {
      id
      code
      name
    }
  }
`);
