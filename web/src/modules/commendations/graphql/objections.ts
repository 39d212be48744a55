import { graphql } from '../../../gql';

export const ObjectionsQuery = graphql(`
  query Objections($state: ObjectionState) {
    objections(state: $state) {
      ...ObjectionFields
    }
  }
`);
