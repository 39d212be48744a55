import { meets, needed, type Threshold } from './threshold';

export const Recognition = { EFFECTIVE: 'EFFECTIVE', EXEMPLARY: 'EXEMPLARY' } as const;
export type Recognition = (typeof Recognition)[keyof typeof Recognition];

export const Vote = { APPROVE: 'APPROVE', REJECT: 'REJECT', ABSTAIN: 'ABSTAIN' } as const;
export type Vote = (typeof Vote)[keyof typeof Vote];

export interface CouncilRules {
  passScore: number;
  exemplaryScore: number;
  /** share of the non-excluded members who must cast a ballot */
  quorum: Threshold;
  /** share of the non-excluded members who must approve */
  approval: Threshold;
}

export interface BallotCounts {
  approve: number;
  reject: number;
  abstain: number;
}

export interface TallyInput {
  /** members of the council, less those excluded from this entry by a conflict of interest */
  eligible: number;
  counts: BallotCounts;
  /** the entry's score, as the council's rules rank */
  score: number | null;
}

export interface TallyResult {
  quorumMet: boolean;
  approvalsNeeded: number;
  approved: boolean;
  passed: boolean;
  /** null: not recognised */
  recognition: Recognition | null;
}

/**
 * A council's decision on one entry: the quorum present, approvals at or above the threshold of
 * the whole non-excluded membership (not of those present), and the score at or above the pass
 * score; at or above the exemplary score the model is exemplary.
 */
export const tally = (rules: CouncilRules, input: TallyInput): TallyResult => {
  const { approve, reject, abstain } = input.counts;
  const quorumMet = meets(rules.quorum, approve + reject + abstain, input.eligible);
  const approvalsNeeded = needed(rules.approval, input.eligible);
  const approved = approve >= approvalsNeeded;
  const passed = input.score !== null && input.score >= rules.passScore;
  const recognised = quorumMet && approved && passed;
  return {
    quorumMet,
    approvalsNeeded,
    approved,
    passed,
    recognition: !recognised
      ? null
      : input.score! >= rules.exemplaryScore
        ? Recognition.EXEMPLARY
        : Recognition.EFFECTIVE,
  };
};
