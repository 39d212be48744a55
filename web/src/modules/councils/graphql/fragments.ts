import { graphql } from '../../../gql';

export const CouncilSummaryFragment = graphql(`
  fragment CouncilSummary on Council {
    id
    name
    mySeat
    unit {
      id
      code
      name
      kind
    }
    campaign {
      id
      name
    }
  }
`);

export const CouncilMemberFieldsFragment = graphql(`
  fragment CouncilMemberFields on CouncilMember {
    id
    userId
    seat
    user {
      id
      displayName
      username
      unit {
        id
        name
      }
    }
  }
`);

export const CouncilRulesFragment = graphql(`
  fragment CouncilRules on Council {
    passScore
    exemplaryScore
    rankBy
    promotionQuota
    disagreementSpread
    writtenOpinions
    quorum {
      numerator
      denominator
      strict
    }
    approval {
      numerator
      denominator
      strict
    }
  }
`);

/** A candidacy as a council sees it: the model, its unit, its state and where it came from. */
export const EntryCandidacyFragment = graphql(`
  fragment EntryCandidacy on Candidacy {
    id
    state
    recognition
    promotedFrom
    version
    unit {
      id
      name
      kind
    }
    model {
      id
      title
      kind
      personName
      fieldCode
      unit {
        id
        name
      }
    }
  }
`);

/**
 * An entry as a member works on it: its progress, the viewer's own sheet and ballot, who
 * reviews it. The score and ballot mutations return it, and the round's live activity carries
 * it, so that one entry's change updates that entry in the cache and nothing else.
 */
export const ReviewEntryFieldsFragment = graphql(`
  fragment ReviewEntryFields on RoundEntry {
    id
    candidacyId
    intakeOrder
    result {
      score
      rank
      quorumMet
      approve
      reject
      abstain
      eligible
    }
    promotedCandidacyId
    sheetsDone
    ballotsCast
    assignedToMe
    excludedMe
    votedByMe
    myScores {
      criterion
      points
      comment
    }
    candidacy {
      id
      state
      recognition
      promotedFrom
      version
    }
    reviewers {
      id
    }
    conflicts {
      kind
      reason
      member {
        id
      }
    }
  }
`);

/** The round without its entries: what every change of the round may touch. */
export const RoundHeadFragment = graphql(`
  fragment RoundHead on ReviewRound {
    id
    name
    state
    availableActions
    oversees
    mayReadResults
    version
    publishedAt
    closedAt
    createdAt
    memberProgress {
      assigned
      done
      voted
      member {
        id
      }
    }
    attendance {
      present
      recorded
      voted
      writtenOpinion
      member {
        id
      }
    }
  }
`);

/**
 * The round's own fields: the mutations of its steps and the round query return these. The
 * models come from the round query, merged into the same cached candidacies.
 */
export const RoundFieldsFragment = graphql(`
  fragment RoundFields on ReviewRound {
    ...RoundHead
    entries {
      ...ReviewEntryFields
    }
  }
`);

/**
 * Where the council's entries go up to, and whether each may go now (the reason when not).
 * Asked by the round query and the promotion, not by the subscription: its answers go stale.
 */
export const RoundPromotionFragment = graphql(`
  fragment RoundPromotion on ReviewRound {
    promotion {
      toCouncil
      quota
      used
      left
    }
    entries {
      id
      promotion {
        allowed
        reason
      }
    }
  }
`);
