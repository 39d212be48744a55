import { graphql } from '../../../gql';

export const IssuerFieldsFragment = graphql(`
  fragment IssuerFields on Issuer {
    id
    heading
    symbol
    awardTypes
  }
`);

/** One listed entry, with what the signer and the register need: held, removed, annulled. */
export const DecisionEntryFieldsFragment = graphql(`
  fragment DecisionEntryFields on DecisionEntry {
    id
    position
    bookNumber
    achievement
    title
    kind
    personName
    unitName
    held
    removedAt
    removedReason
    annulledAt
    annulReason
  }
`);

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    state
    awardType
    title
    numberText
    year
    disclosureStartsOn
    disclosureEndsOn
    workingDaysLeft
    signable
    signedAt
    openObjections
    annulledAt
    annulReason
    version
    pdfUrl
    issuer {
      id
      heading
      symbol
    }
    proposal {
      id
      dossierUrl
    }
    entries {
      ...DecisionEntryFields
    }
  }
`);

export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    awardType
    createdAt
    dossierUrl
    round {
      id
      name
    }
    unit {
      id
      name
    }
    issuer {
      id
      heading
    }
    entries {
      id
      position
      achievement
      candidacy {
        id
        state
        availableActions
      }
      model {
        id
        title
        kind
        personName
      }
    }
    decisions {
      id
      state
      numberText
    }
  }
`);

export const ObjectionFieldsFragment = graphql(`
  fragment ObjectionFields on Objection {
    id
    state
    name
    contact
    body
    resolution
    resolvedAt
    createdAt
    entry {
      id
      title
      kind
      personName
      unitName
      held
    }
    decision {
      id
      title
      disclosureEndsOn
    }
  }
`);
