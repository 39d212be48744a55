import { graphql } from '../../../gql';

export const RegisterModelMutation = graphql(`
  mutation RegisterModel($input: RegisterModelInput!) {
    registerModel(input: $input) {
      ...ModelDetail
    }
  }
`);
