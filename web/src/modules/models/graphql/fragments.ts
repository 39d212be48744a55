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
      ...CandidacyProgress
    }
  }
`);

/** A candidacy's step in its lifecycle: where it stands, what may be done, how it got there. */
export const CandidacyProgressFragment = graphql(`
  fragment CandidacyProgress on Candidacy {
    id
    state
    version
    availableActions
    timeline {
      ...TimelineEvent
    }
  }
`);

/** One event of a candidacy's audit trail, as every timeline shows it. */
export const TimelineEventFragment = graphql(`
  fragment TimelineEvent on AuditEvent {
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
`);
