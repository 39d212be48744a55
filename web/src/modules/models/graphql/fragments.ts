import { graphql } from '../../../gql';

export const ModelRowFragment = graphql(`
  fragment ModelRow on Model {
    id
    kind
    title
    fieldCode
    personName
    version
    updatedAt
    unit {
      id
      name
    }
    campaign {
      id
      name
    }
    candidacy {
      id
      state
      version
      availableActions
    }
  }
`);

export const ModelDetailFragment = graphql(`
  fragment ModelDetail on Model {
    id
    kind
    title
    fieldCode
    personName
    personPosition
    personEthnicity
    version
    createdAt
    updatedAt
    missingParts
    unit {
      id
      code
      name
    }
    campaign {
      id
      name
      fields {
        code
        name
      }
    }
    form {
      situation
      goals
      content
      reach
      forces
      resources
      timeline
      outputs
      sustainability
    }
    indicators {
      id
      position
      name
      unitOfMeasure
      target
      achieved
    }
    evidence {
      id
      fileName
      contentType
      sizeBytes
      createdAt
      url
    }
    candidacy {
      id
      state
      version
      availableActions
      timeline {
        id
        action
        fromState
        toState
        reason
        at
        actor {
          id
          displayName
        }
      }
    }
  }
`);
