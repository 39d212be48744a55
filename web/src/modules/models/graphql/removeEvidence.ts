import { graphql } from '../../../gql';

export const RemoveEvidenceMutation = graphql(`
  mutation RemoveEvidence($id: ID!) {
    removeEvidence(id: $id) {
      ...ModelDetail
    }
  }
`);
