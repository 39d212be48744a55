import { CandidacyState as S, ErrorCode, RoundState, Seat, SEATS } from '@vinh-danh/shared';
import { buildCandidacy, type UnitDesk } from '../factories/candidacy';
import type { SeatedCouncil } from '../factories/council';
import { buildReviewDesk } from '../factories/review-desk';
import { buildRound } from '../factories/round';
import { startTestApp, type TestApp } from '../support/app';
import { review, sheet } from '../support/review';
import { subscribe } from '../support/subscriptions';

const SUBMIT = `mutation($input: ScoreSheetInput!) {
  submitScores(input: $input) { id sheetsDone myScores { criterion points comment } votedByMe }
}`;
const VOTE = `mutation($input: BallotInput!) { castBallot(input: $input) { id ballotsCast votedByMe } }`;
const ACTIVITY = `subscription($roundId: ID!) {
  roundActivity(roundId: $roundId) {
    round { id state memberProgress { done member { id } } }
    entry { id sheetsDone ballotsCast }
  }
}`;
const CRITERIA = ['RESULTS', 'MOBILISATION', 'SPREAD', 'SUSTAINABILITY', 'CREATIVITY'];
const lines = (points: number[]) =>
  CRITERIA.map((criterion, i) => ({ criterion, points: points[i], comment: null }));

/**
 * A member's score sheet and ballot are writes of one entry: they answer with that entry, tell
 * the round's watchers which entry changed, and never wait on another member's write.
 */
describe('score sheets and ballots', () => {
  let app: TestApp;
  let council: SeatedCouncil;
  let desk: UnitDesk;

  beforeAll(async () => {
    app = await startTestApp();
    ({ council, desk } = await buildReviewDesk(app));
  });
  afterAll(() => app.stop());

  const roundIn = async (state: RoundState, entries = 1) => {
    const ids = [];
    for (let i = 0; i < entries; i++)
      ids.push((await buildCandidacy(desk, { state: S.ENDORSED })).candidacyId);
    return buildRound(council, { state, candidacyIds: ids });
  };
  const seat = (s: Seat) => council.seats[s];

  it('answers a score sheet with its entry, the author’s own lines in it', async () => {
    const { entryIds } = await roundIn(RoundState.SCORING);
    const res = await seat(Seat.MEMBER).api.ok<{
      submitScores: { id: string; sheetsDone: number; myScores: unknown[]; votedByMe: boolean };
    }>(SUBMIT, { input: { entryId: entryIds[0], scores: lines(sheet(80)) } });
    expect(res.submitScores).toEqual({
      id: entryIds[0],
      sheetsDone: 1,
      // read back in the order of the criteria's codes
      myScores: CRITERIA.map((criterion, i) => ({
        criterion,
        points: sheet(80)[i],
        comment: null,
      })).sort((a, b) => a.criterion.localeCompare(b.criterion)),
      votedByMe: false,
    });
  });

  it('tells the round’s watchers which entry a sheet changed, with the round’s progress', async () => {
    const { roundId, entryIds } = await roundIn(RoundState.SCORING, 2);
    const watching = await subscribe<{
      roundActivity: {
        round: { state: string; memberProgress: Array<{ done: number; member: { id: string } }> };
        entry: { id: string; sheetsDone: number } | null;
      };
    }>(app.url, seat(Seat.CHAIR).api.token!, ACTIVITY, { roundId });
    try {
      await review.score(seat(Seat.MEMBER).api, entryIds[1], sheet(70));
      const { roundActivity } = await watching.next();
      expect(roundActivity.entry).toEqual({ id: entryIds[1], sheetsDone: 1, ballotsCast: 0 });
      const mine = roundActivity.round.memberProgress.find(
        (p) => p.member.id === seat(Seat.MEMBER).memberId,
      );
      expect(mine?.done).toBe(1);
      // A step of the round carries no entry: the client reads the round again then.
      await review.step(seat(Seat.SECRETARY).api, 'startVoting', roundId);
      const step = (await watching.next()).roundActivity;
      expect(step).toMatchObject({ entry: null, round: { state: RoundState.VOTING } });
    } finally {
      await watching.close();
    }
  });

  it('lets a member write while another holds the round, and holds a step until the writes end', async () => {
    const { roundId, entryIds } = await roundIn(RoundState.SCORING);
    // What every member's write takes of the round: a share lock, held here for the duration.
    const holder = app.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT 1 FROM review_round WHERE id = $1 FOR SHARE', [roundId]);
      const write = review.score(seat(Seat.MEMBER).api, entryIds[0], sheet(75));
      const waited = await Promise.race([
        write.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 3000)),
      ]);
      expect(waited).toBe(false);
      expect((await write).errors).toBeUndefined();
      // A step takes the round for itself: it waits for the share to end.
      let stepped = false;
      const step = review
        .step(seat(Seat.SECRETARY).api, 'startVoting', roundId)
        .then((res) => ((stepped = true), res));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stepped).toBe(false);
      await holder.commitTransaction();
      expect((await step).errors).toBeUndefined();
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('counts every ballot of parallel voters on one entry once, and refuses a second', async () => {
    const { entryIds } = await roundIn(RoundState.VOTING);
    const votes = await Promise.all(
      SEATS.map((s) =>
        seat(s).api.request<{ castBallot: { ballotsCast: number; votedByMe: boolean } }>(VOTE, {
          input: { entryId: entryIds[0], vote: 'APPROVE' },
        }),
      ),
    );
    expect(votes.map((v) => v.errors)).toEqual(SEATS.map(() => undefined));
    expect(votes.every((v) => v.data!.castBallot.votedByMe)).toBe(true);
    const [tally] = await app.db.query('SELECT approve FROM ballot_tally WHERE entry_id = $1', [
      entryIds[0],
    ]);
    expect(tally.approve).toBe(SEATS.length);
    const again = await review.vote(seat(Seat.CHAIR).api, entryIds[0], 'REJECT');
    expect(again.errors?.[0].extensions?.code).toBe(ErrorCode.CONFLICT);
    expect(
      (
        await app.db.query('SELECT approve, reject FROM ballot_tally WHERE entry_id = $1', [
          entryIds[0],
        ])
      )[0],
    ).toEqual({ approve: SEATS.length, reject: 0 });
  });
});
