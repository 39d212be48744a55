import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { viewerOf, type Context } from '../context';
import { CouncilMember } from '../council/council.entity';
import { ReviewRound, RoundEntry } from '../round/round.entity';
import { completeSheets } from '../tally/sheets';
import {
  AssignInput,
  BallotInput,
  ConflictInput,
  ReviewersInput,
  ScoreSheetInput,
} from './review.inputs';

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

/** Members' review work: who reviews what, conflicts, score sheets, secret ballots. */
@Resolver(() => ReviewRound)
export class ReviewResolver {
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
  @Mutation(() => RoundEntry, {
    description: 'Your score sheet for an entry (changeable until scoring closes); the entry',
  })
  submitScores(@Arg('input') input: ScoreSheetInput, @Ctx() ctx: Context): Promise<RoundEntry> {
    return ctx.services.reviews.submitScores(viewerOf(ctx), input.entryId, input.scores);
  }

  @Authorized()
  @Mutation(() => RoundEntry, {
    description: 'Your secret ballot on an entry, cast once; the entry',
  })
  castBallot(@Arg('input') input: BallotInput, @Ctx() ctx: Context): Promise<RoundEntry> {
    return ctx.services.reviews.castBallot(viewerOf(ctx), input.entryId, input.vote);
  }

  @FieldResolver(() => [MemberProgress])
  async memberProgress(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<MemberProgress[]> {
    const rows: Array<{ member_id: string; assigned: number; done: number; voted: number }> =
      await ctx.services.db.query(
        `SELECT m.id AS member_id,
              (SELECT count(*) FROM assignment a JOIN round_entry e ON e.id = a.entry_id
                WHERE a.member_id = m.id AND e.round_id = $1 AND e.removed_at IS NULL)::int AS assigned,
              (SELECT count(*) FROM (${completeSheets(
                's.member_id = m.id AND se.round_id = $1 AND se.removed_at IS NULL',
                '$2',
              )}) done)::int AS done,
              (SELECT count(*) FROM ballot_cast b JOIN round_entry e ON e.id = b.entry_id
                WHERE b.member_id = m.id AND e.round_id = $1)::int AS voted
         FROM council_member m WHERE m.council_id = $3`,
        [r.id, await this.criteriaCount(r, ctx), r.councilId],
      );
    const members = await ctx.loaders.membersOfCouncil.load(r.councilId);
    return rows.map((row) => ({ ...row, member: members.find((m) => m.id === row.member_id)! }));
  }

  private async criteriaCount(r: ReviewRound, ctx: Context): Promise<number> {
    const council = (await ctx.loaders.council.load(r.councilId))!;
    return (await ctx.loaders.campaign.load(council.campaignId))!.rubric.criteria.length;
  }
}
