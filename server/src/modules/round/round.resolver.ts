import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { CandidacyState, RankBy, Recognition, RoundState, Seat } from '@vinh-danh/shared';
import type { DomainEvent } from '../../infra/events/bus';
import { viewerOf, type Context } from '../context';
import { forbidden } from '../../infra/graphql/errors';
import { liveFeed } from '../live';
import { Candidacy } from '../candidacy/candidacy.entity';
import { Council, CouncilMember } from '../council/council.entity';
import { maySeeRound } from './round-access';
import { ReviewRound, RoundEntry } from './round.entity';
import {
  AssignInput,
  BallotInput,
  ConflictInput,
  OpenRoundInput,
  ReturnEntryInput,
  ReviewersInput,
  RoundEntriesInput,
  ScoreSheetInput,
} from './round.inputs';
import { rankingLines } from './ranking-rows';

@ObjectType({ simpleResolvers: true, description: 'One line of a round’s ranking' })
class RankingRow {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  entryId: string;

  @Field(() => ID)
  candidacyId: string;

  @Field(() => CandidacyState)
  state: CandidacyState;

  @Field(() => Recognition, { nullable: true })
  recognition: Recognition | null;

  @Field({ description: 'The model’s name' })
  title: string;

  @Field({ description: 'The unit that registered the model' })
  unitName: string;

  @Field(() => Float, { nullable: true, description: 'Mean of the members’ totals' })
  raw: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the members’ standardised totals, on the rubric’s scale; a member who gave every entry the same total is left out',
  })
  normalised: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest minus lowest member total' })
  spread: number | null;

  @Field({ description: 'The spread is above the council’s disagreement threshold' })
  disagreement: boolean;

  @Field(() => Int, { description: 'Complete score sheets' })
  sheets: number;
}

@Resolver(() => RankingRow)
export class RankingRowResolver {
  @FieldResolver(() => Candidacy, {
    description: 'The whole candidacy, when the line is not enough',
  })
  async candidacy(@Root() row: RankingRow, @Ctx() ctx: Context): Promise<Candidacy> {
    return (await ctx.loaders.candidacy.load(row.candidacyId))!;
  }
}

@ObjectType({ simpleResolvers: true })
class Conflict {
  @Field(() => CouncilMember)
  member: CouncilMember;

  @Field({ description: 'AUTOMATIC or DECLARED' })
  kind: string;

  @Field()
  reason: string;
}

@ObjectType({ simpleResolvers: true })
class ScoreLine {
  @Field()
  criterion: string;

  @Field(() => Float)
  points: number;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A member’s progress in a round' })
class MemberProgress {
  @Field(() => CouncilMember)
  member: CouncilMember;

  @Field(() => Int)
  assigned: number;

  @Field(() => Int, { description: 'Complete score sheets' })
  done: number;

  @Field(() => Int, { description: 'Ballots cast (only whether, never what)' })
  voted: number;
}

const LEADING: readonly Seat[] = [Seat.CHAIR, Seat.VICE_CHAIR, Seat.SECRETARY];

@Resolver(() => ReviewRound)
export class RoundResolver {
  @Authorized()
  @Query(() => ReviewRound)
  async round(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewRound> {
    const access = await ctx.loaders.roundAccess.load(`${id}|${viewerOf(ctx).user.id}`);
    if (!access || !maySeeRound(viewerOf(ctx), access)) throw forbidden('OUTSIDE_SCOPE');
    ctx.loaders.council.prime(access.council.id, access.council);
    return access.round;
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'The secretary opens a round (draft)' })
  openRound(@Arg('input') input: OpenRoundInput, @Ctx() ctx: Context): Promise<ReviewRound> {
    return ctx.services.rounds.open(viewerOf(ctx), input.councilId, input.name);
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Take endorsed candidacies into the round (in review)',
  })
  addRoundEntries(
    @Arg('input') input: RoundEntriesInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.intake(viewerOf(ctx), input.roundId, input.candidacyIds);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'Send an entry back to its unit, with a reason' })
  returnRoundEntry(
    @Arg('input') input: ReturnEntryInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.returnEntry(
      viewerOf(ctx),
      input.roundId,
      input.candidacyId,
      input.reason,
    );
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Assign members: all, or k per entry with balanced load',
  })
  assignReviewers(@Arg('input') input: AssignInput, @Ctx() ctx: Context): Promise<ReviewRound> {
    return ctx.services.reviews.assign(viewerOf(ctx), input.roundId, input.perEntry ?? null);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'Choose who reviews one entry' })
  setEntryReviewers(
    @Arg('input') input: ReviewersInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.reviews.setReviewers(viewerOf(ctx), input.entryId, input.memberIds);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'Declare your own conflict of interest on an entry' })
  declareConflict(@Arg('input') input: ConflictInput, @Ctx() ctx: Context): Promise<ReviewRound> {
    return ctx.services.reviews.declareConflict(viewerOf(ctx), input.entryId, input.reason);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'The secretary opens scoring' })
  startScoring(
    @Arg('roundId', () => ID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.advance(viewerOf(ctx), roundId, RoundState.SCORING);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'The secretary closes scoring and opens voting' })
  startVoting(
    @Arg('roundId', () => ID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.advance(viewerOf(ctx), roundId, RoundState.VOTING);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'The chair closes voting: every entry is tallied' })
  closeRound(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context): Promise<ReviewRound> {
    return ctx.services.rounds.close(viewerOf(ctx), roundId);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'The chair shows the ranking to the members' })
  publishResults(
    @Arg('roundId', () => ID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.publish(viewerOf(ctx), roundId);
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Your score sheet for an entry (changeable until scoring closes)',
  })
  submitScores(@Arg('input') input: ScoreSheetInput, @Ctx() ctx: Context): Promise<ReviewRound> {
    return ctx.services.reviews.submitScores(viewerOf(ctx), input.entryId, input.scores);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'Your secret ballot on an entry, cast once' })
  castBallot(@Arg('input') input: BallotInput, @Ctx() ctx: Context): Promise<ReviewRound> {
    return ctx.services.reviews.castBallot(viewerOf(ctx), input.entryId, input.vote);
  }

  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Send exemplary entries to the council above, within the quota',
  })
  promoteEntries(
    @Arg('input') input: RoundEntriesInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.promote(viewerOf(ctx), input.roundId, input.candidacyIds);
  }

  @Subscription(() => ReviewRound, {
    description: 'The round as it changes: steps, score sheets, ballots cast',
    subscribe: ({ args, context }) => {
      const roundId = String(args.roundId);
      return liveFeed(context as Context, {
        events: (e) => e.type === 'round.changed' && e.roundId === roundId,
        // A round unknown or out of reach alike: OUTSIDE_SCOPE, as when it started.
        stillAllowed: async (viewer, ctx) => {
          const access = await ctx.loaders.roundAccess.load(`${roundId}|${viewer.user.id}`);
          return access !== null && maySeeRound(viewer, access);
        },
      });
    },
  })
  async roundChanged(
    @Arg('roundId', () => ID) roundId: string,
    @Root() _e: DomainEvent,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return (await ctx.services.db.getRepository(ReviewRound).findOneBy({ id: roundId }))!;
  }

  @FieldResolver(() => Council)
  async council(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<Council> {
    return (await ctx.loaders.council.load(r.councilId))!;
  }

  @FieldResolver(() => [RoundEntry])
  entries(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<RoundEntry[]> {
    return ctx.loaders.entriesOfRound.load(r.id);
  }

  @FieldResolver(() => [MemberProgress])
  async memberProgress(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<MemberProgress[]> {
    const rows: Array<{ member_id: string; assigned: number; done: number; voted: number }> =
      await ctx.services.db.query(
        `SELECT m.id AS member_id,
              (SELECT count(*) FROM assignment a JOIN round_entry e ON e.id = a.entry_id
                WHERE a.member_id = m.id AND e.round_id = $1 AND e.removed_at IS NULL)::int AS assigned,
              (SELECT count(*) FROM (SELECT s.entry_id FROM score s JOIN round_entry e ON e.id = s.entry_id
                WHERE s.member_id = m.id AND e.round_id = $1 AND e.removed_at IS NULL
                GROUP BY s.entry_id HAVING count(*) = $2) done)::int AS done,
              (SELECT count(*) FROM ballot_cast b JOIN round_entry e ON e.id = b.entry_id
                WHERE b.member_id = m.id AND e.round_id = $1)::int AS voted
         FROM council_member m WHERE m.council_id = $3`,
        [r.id, await this.criteriaCount(r, ctx), r.councilId],
      );
    const members = await ctx.loaders.membersOfCouncil.load(r.councilId);
    return rows.map((row) => ({ ...row, member: members.find((m) => m.id === row.member_id)! }));
  }

  @FieldResolver(() => [RankingRow], {
    description: 'For the chair, vice chair and secretary; for the other members once published',
  })
  async ranking(
    @Root() r: ReviewRound,
    @Arg('rankBy', () => RankBy, {
      nullable: true,
      description: 'The council’s rule when left out',
    })
    rankBy: RankBy | null,
    @Ctx() ctx: Context,
  ): Promise<RankingRow[]> {
    // The same access the round query loaded: no statement of its own.
    const { council, campaign, member } = (await ctx.loaders.roundAccess.load(
      `${r.id}|${viewerOf(ctx).user.id}`,
    ))!;
    if (!(member && LEADING.includes(member.seat)) && !r.publishedAt) {
      throw forbidden('RESULTS_NOT_PUBLISHED');
    }
    return rankingLines(
      ctx.services.db.manager,
      r.id,
      campaign.rubric.criteria.length,
      campaign.rubric.total,
      rankBy ?? council.rankBy,
      council.disagreementSpread,
    );
  }

  private async criteriaCount(r: ReviewRound, ctx: Context): Promise<number> {
    const council = (await ctx.loaders.council.load(r.councilId))!;
    return (await ctx.loaders.campaign.load(council.campaignId))!.rubric.criteria.length;
  }
}

/** After closing, what the chair certified; the members see it once the chair publishes. */
@ObjectType({ simpleResolvers: true })
class EntryResult {
  @Field(() => Float, { nullable: true, description: 'The score the council ranks by' })
  score: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field({
    description:
      'Did the entry’s ballots make the council’s quorum? When not, no counts are shown or kept',
  })
  quorumMet: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Ballot counts, never who voted what; null without the quorum',
  })
  approve: number | null;

  @Field(() => Int, { nullable: true })
  reject: number | null;

  @Field(() => Int, { nullable: true })
  abstain: number | null;

  @Field(() => Int, { description: 'Members not excluded by a conflict of interest' })
  eligible: number;
}

@Resolver(() => RoundEntry)
export class RoundEntryResolver {
  @FieldResolver(() => EntryResult, {
    nullable: true,
    description:
      'Null until the round is closed (so no count is seen while voting), and for ordinary members until the chair publishes',
  })
  async result(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<EntryResult | null> {
    // Set by the close only: while voting there is no result, whatever the viewer.
    if (e.quorumMet === null || !ctx.viewer) return null;
    const access = await ctx.loaders.roundAccess.load(`${e.roundId}|${ctx.viewer.user.id}`);
    const leading = access?.member && LEADING.includes(access.member.seat);
    if (!leading && !access?.round.publishedAt) return null;
    return {
      score: e.score,
      rank: e.rank,
      quorumMet: e.quorumMet,
      approve: e.approve,
      reject: e.reject,
      abstain: e.abstain,
      eligible: e.eligible ?? 0,
    };
  }

  @FieldResolver(() => Candidacy)
  async candidacy(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<Candidacy> {
    return (await ctx.loaders.candidacy.load(e.candidacyId))!;
  }

  @FieldResolver(() => [CouncilMember], { description: 'Members assigned to score it' })
  async reviewers(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<CouncilMember[]> {
    const [rows, round] = await Promise.all([
      ctx.loaders.assignmentsOfEntry.load(e.id),
      ctx.loaders.round.load(e.roundId),
    ]);
    const members = await ctx.loaders.membersOfCouncil.load(round!.councilId);
    return rows.map((a) => members.find((m) => m.id === a.member_id)!).filter(Boolean);
  }

  @FieldResolver(() => [Conflict], {
    description: 'Members excluded from it, automatically or by declaration',
  })
  async conflicts(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<Conflict[]> {
    const [rows, round] = await Promise.all([
      ctx.loaders.conflictsOfEntry.load(e.id),
      ctx.loaders.round.load(e.roundId),
    ]);
    const members = await ctx.loaders.membersOfCouncil.load(round!.councilId);
    return rows.map((x) => ({
      member: members.find((m) => m.id === x.member_id)!,
      kind: x.kind,
      reason: x.reason,
    }));
  }

  @FieldResolver(() => Int, { description: 'Complete score sheets so far' })
  async sheetsDone(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sheetsOfEntry.load(e.id))[0]?.done ?? 0;
  }

  @FieldResolver(() => Int, { description: 'Ballots cast so far (never who voted what)' })
  async ballotsCast(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.ballotsOfEntry.load(e.id))[0]?.n ?? 0;
  }

  @FieldResolver(() => [ScoreLine], { description: 'Your own score sheet for it' })
  async myScores(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<ScoreLine[]> {
    if (!ctx.viewer) return [];
    return ctx.services.db.query(
      `SELECT s.criterion, s.points::float8 AS points, s.comment FROM score s
         JOIN council_member m ON m.id = s.member_id WHERE s.entry_id = $1 AND m.user_id = $2 ORDER BY s.criterion`,
      [e.id, ctx.viewer.user.id],
    );
  }

  @FieldResolver(() => Boolean, { description: 'Are you assigned to score it?' })
  async assignedToMe(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<boolean> {
    const [rows, mine] = await Promise.all([
      ctx.loaders.assignmentsOfEntry.load(e.id),
      this.myMemberId(e, ctx),
    ]);
    return rows.some((a) => a.member_id === mine);
  }

  @FieldResolver(() => Boolean, {
    description: 'Are you excluded from it by a conflict of interest?',
  })
  async excludedMe(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<boolean> {
    const [rows, mine] = await Promise.all([
      ctx.loaders.conflictsOfEntry.load(e.id),
      this.myMemberId(e, ctx),
    ]);
    return rows.some((x) => x.member_id === mine);
  }

  @FieldResolver(() => Boolean, {
    description: 'Have you cast your ballot on it? (what you voted is not kept with you)',
  })
  async votedByMe(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<boolean> {
    const mine = await this.myMemberId(e, ctx);
    if (!mine) return false;
    return (
      (
        await ctx.services.db.query(
          'SELECT 1 FROM ballot_cast WHERE entry_id = $1 AND member_id = $2',
          [e.id, mine],
        )
      ).length > 0
    );
  }

  private async myMemberId(e: RoundEntry, ctx: Context): Promise<string | undefined> {
    const round = (await ctx.loaders.round.load(e.roundId))!;
    const members = await ctx.loaders.membersOfCouncil.load(round.councilId);
    return members.find((m) => m.userId === ctx.viewer?.user.id)?.id;
  }
}
