import { graphql } from '../../../gql';

export const UpdateModelMutation = graphql(`
  mutation UpdateModel($input: UpdateModelInput!) {
    updateModel(input: $input) {
      ...ModelDetail
    }
  }
`);
