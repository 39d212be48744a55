import type { GraphQLClient } from './client';

const ROUND = `id state version entries { id candidacy { id state } conflicts { member { id } kind } reviewers { id } }`;

export interface Round {
  id: string;
  state: string;
  entries: Array<{
    id: string;
    candidacy: { id: string; state: string };
    conflicts: Array<{ member: { id: string }; kind: string }>;
    reviewers: Array<{ id: string }>;
  }>;
}

/** GraphQL calls of a review round, as the web app makes them. */
export const review = {
  open: async (secretary: GraphQLClient, councilId: string, name = 'Phiên xét duyệt thứ nhất') =>
    (
      await secretary.ok<{ openRound: Round }>(
        `mutation($input: OpenRoundInput!) { openRound(input: $input) { ${ROUND} } }`,
        {
          input: { councilId, name },
        },
      )
    ).openRound,
  add: async (secretary: GraphQLClient, roundId: string, candidacyIds: string[]) =>
    (
      await secretary.ok<{ addRoundEntries: Round }>(
        `mutation($input: RoundEntriesInput!) { addRoundEntries(input: $input) { ${ROUND} } }`,
        { input: { roundId, candidacyIds } },
      )
    ).addRoundEntries,
  /** `add` as a request, for its refusals */
  take: (secretary: GraphQLClient, roundId: string, candidacyIds: string[]) =>
    secretary.request(
      `mutation($input: RoundEntriesInput!) { addRoundEntries(input: $input) { id } }`,
      { input: { roundId, candidacyIds } },
    ),
  assign: async (secretary: GraphQLClient, roundId: string, perEntry: number | null = null) =>
    (
      await secretary.ok<{ assignReviewers: Round }>(
        `mutation($input: AssignInput!) { assignReviewers(input: $input) { ${ROUND} } }`,
        { input: { roundId, perEntry } },
      )
    ).assignReviewers,
  step: (
    api: GraphQLClient,
    mutation: 'startScoring' | 'startVoting' | 'closeRound' | 'publishResults',
    roundId: string,
  ) =>
    api.request<Record<string, Round>>(
      `mutation($id: ID!) { ${mutation}(roundId: $id) { ${ROUND} } }`,
      { id: roundId },
    ),
  score: (member: GraphQLClient, entryId: string, points: number[]) =>
    member.request(`mutation($input: ScoreSheetInput!) { submitScores(input: $input) { id } }`, {
      input: {
        entryId,
        scores: ['RESULTS', 'MOBILISATION', 'SPREAD', 'SUSTAINABILITY', 'CREATIVITY'].map(
          (criterion, i) => ({
            criterion,
            points: points[i],
            comment: 'Nhận xét',
          }),
        ),
      },
    }),
  vote: (member: GraphQLClient, entryId: string, vote: 'APPROVE' | 'REJECT' | 'ABSTAIN') =>
    member.request(`mutation($input: BallotInput!) { castBallot(input: $input) { id } }`, {
      input: { entryId, vote },
    }),
  promote: (secretary: GraphQLClient, roundId: string, candidacyIds: string[]) =>
    secretary.request(
      `mutation($input: RoundEntriesInput!) { promoteEntries(input: $input) { id } }`,
      {
        input: { roundId, candidacyIds },
      },
    ),
  /** The secretary records one member at the voting session. */
  attend: (
    secretary: GraphQLClient,
    roundId: string,
    memberId: string,
    present: boolean,
    writtenOpinion: string | null = null,
  ) =>
    secretary.request<{ recordAttendance: { id: string; version: number } }>(
      `mutation($input: AttendanceInput!) { recordAttendance(input: $input) { id version } }`,
      { input: { roundId, memberId, present, writtenOpinion } },
    ),
  get: async (api: GraphQLClient, roundId: string) =>
    (
      await api.ok<{ round: Round }>(`query($id: ID!) { round(id: $id) { ${ROUND} } }`, {
        id: roundId,
      })
    ).round,
};

/** Points for the five default criteria (30, 25, 20, 15, 10) that add up to about `total`. */
export const sheet = (total: number): number[] =>
  [30, 25, 20, 15, 10].map((max) => Math.round(((max * total) / 100) * 2) / 2);
