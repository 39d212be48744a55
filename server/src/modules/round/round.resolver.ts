import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { availableRoundActions, RoundOperation } from '@vinh-danh/shared';
import { Candidacy } from '../candidacy/candidacy.entity';
import { viewerOf, type Context } from '../context';
import { Council } from '../council/council.entity';
import { overseesRound, requireRoundVisible } from './round.policy';
import { ReviewRound, RoundEntry } from './round.entity';
import { OpenRoundInput, ReturnEntryInput, RoundEntriesInput } from './round.inputs';

registerEnumType(RoundOperation, {
  name: 'RoundOperation',
  description: 'What can be done to a round or in it (ROUND_TABLE in shared)',
});

/** The round and its lifecycle: open, take entries in, step through scoring and voting, close. */
@Resolver(() => ReviewRound)
export class RoundResolver {
  @Authorized()
  @Query(() => ReviewRound)
  async round(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewRound> {
    const access = requireRoundVisible(
      viewerOf(ctx),
      await ctx.loaders.roundAccess.load(`${id}|${viewerOf(ctx).user.id}`),
    );
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
  @Mutation(() => ReviewRound, { description: 'The secretary opens scoring' })
  startScoring(
    @Arg('roundId', () => ID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.advance(viewerOf(ctx), roundId, RoundOperation.START_SCORING);
  }

  @Authorized()
  @Mutation(() => ReviewRound, { description: 'The secretary closes scoring and opens voting' })
  startVoting(
    @Arg('roundId', () => ID) roundId: string,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.rounds.advance(viewerOf(ctx), roundId, RoundOperation.START_VOTING);
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

  @FieldResolver(() => [RoundOperation], {
    description: 'What your seat may do to the round now (the lifecycle table in shared)',
  })
  async availableActions(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<RoundOperation[]> {
    if (!ctx.viewer) return [];
    const access = await ctx.loaders.roundAccess.load(`${r.id}|${ctx.viewer.user.id}`);
    return availableRoundActions(r.state, access?.member?.seat ?? null);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you follow the whole round (every entry, attendance, progress): a leading seat, or your roles without a seat',
  })
  async oversees(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.viewer) return false;
    const access = await ctx.loaders.roundAccess.load(`${r.id}|${ctx.viewer.user.id}`);
    return access !== null && overseesRound(access);
  }

  @FieldResolver(() => Council)
  async council(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<Council> {
    return (await ctx.loaders.council.load(r.councilId))!;
  }

  @FieldResolver(() => [RoundEntry])
  entries(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<RoundEntry[]> {
    return ctx.loaders.entriesOfRound.load(r.id);
  }
}

@Resolver(() => RoundEntry)
export class RoundEntryResolver {
  @FieldResolver(() => Candidacy)
  async candidacy(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<Candidacy> {
    return (await ctx.loaders.candidacy.load(e.candidacyId))!;
  }
}
