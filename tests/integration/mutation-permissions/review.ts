import { RoundState as R, Seat } from '@vinh-danh/shared';
import { sheet } from '../../support/review';
import { SEATED } from './callers';
import type { Table } from './types';

/**
 * Members' work in a round: the secretary chooses who reviews what; every seat of the council
 * declares its own conflicts, scores what it is assigned and casts its ballot.
 */
export const REVIEW: Table = {
  assignReviewers: [
    {
      document: `mutation($input: AssignInput!) { assignReviewers(input: $input) { id } }`,
      prepare: async (w) => ({ input: { roundId: (await w.round(R.DRAFT)).roundId } }),
      sharedTarget: true,
      allowed: [Seat.SECRETARY],
      refused: 'ONLY_SECRETARY',
    },
  ],
  setEntryReviewers: [
    {
      document: `mutation($input: ReviewersInput!) { setEntryReviewers(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          entryId: (await w.round(R.DRAFT)).entryIds[0],
          memberIds: [w.council.seats[Seat.MEMBER].memberId],
        },
      }),
      sharedTarget: true,
      allowed: [Seat.SECRETARY],
      refused: 'ONLY_SECRETARY',
    },
  ],
  declareConflict: [
    {
      document: `mutation($input: ConflictInput!) { declareConflict(input: $input) { id } }`,
      prepare: async (w) => ({
        input: { entryId: (await w.round(R.DRAFT)).entryIds[0], reason: 'Người nhà tham gia' },
      }),
      sharedTarget: true,
      allowed: SEATED,
      refused: 'ONLY_MEMBERS',
    },
  ],
  submitScores: [
    {
      document: `mutation($input: ScoreSheetInput!) { submitScores(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          entryId: (await w.round(R.SCORING)).entryIds[0],
          scores: ['RESULTS', 'MOBILISATION', 'SPREAD', 'SUSTAINABILITY', 'CREATIVITY'].map(
            (criterion, i) => ({ criterion, points: sheet(80)[i] }),
          ),
        },
      }),
      sharedTarget: true,
      allowed: SEATED,
      refused: 'ONLY_MEMBERS',
    },
  ],
  castBallot: [
    {
      document: `mutation($input: BallotInput!) { castBallot(input: $input) { id } }`,
      prepare: async (w) => ({
        input: { entryId: (await w.round(R.VOTING)).entryIds[0], vote: 'APPROVE' },
      }),
      sharedTarget: true,
      allowed: SEATED,
      refused: 'ONLY_MEMBERS',
    },
  ],
};
