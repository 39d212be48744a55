import { graphql } from '../../../gql';

export const ModelQuery = graphql(`
  query Model($id: ID!) {
    model(id: $id) {
      ...ModelDetail
    }
  }
`);
