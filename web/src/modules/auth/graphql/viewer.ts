import { graphql } from '../../../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    capabilities
    user {
      id
      username
      displayName
      version
      unit {
        id
        code
        name
        kind
      }
      roles {
        id
        role
        unit {
          id
          code
          name
          kind
        }
      }
    }
  }
`);
