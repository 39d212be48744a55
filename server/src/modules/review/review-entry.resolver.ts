import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { CouncilMember } from '../council/council.entity';
import { RoundEntry } from '../round/round.entity';

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

/** An entry as its reviewers see it: who reviews it, who is excluded, sheets and ballots so far. */
@Resolver(() => RoundEntry)
export class ReviewEntryResolver {
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
    const mine = await this.myMemberId(e, ctx);
    return mine ? ctx.loaders.ownSheet.load(`${e.id}|${mine}`) : [];
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
    return mine ? ctx.loaders.hasVoted.load(`${e.id}|${mine}`) : false;
  }

  private async myMemberId(e: RoundEntry, ctx: Context): Promise<string | undefined> {
    const round = (await ctx.loaders.round.load(e.roundId))!;
    const members = await ctx.loaders.membersOfCouncil.load(round.councilId);
    return members.find((m) => m.userId === ctx.viewer?.user.id)?.id;
  }
}
