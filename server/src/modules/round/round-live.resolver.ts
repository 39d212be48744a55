import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { DomainEvent } from '../../infra/events/bus';
import type { Context } from '../context';
import { liveFeed, type LiveFeed } from '../live';
import { maySeeRound } from './round.policy';
import { ReviewRound, RoundEntry } from './round.entity';

@ObjectType({ simpleResolvers: true, description: 'One change of a round, as it happens' })
class RoundActivity {
  @Field(() => ReviewRound, { description: 'The round after the change' })
  round: ReviewRound;

  @Field(() => RoundEntry, {
    nullable: true,
    description: 'The entry a score sheet or a ballot changed; null when the round itself moved',
  })
  entry: RoundEntry | null;
}

/** The round's events, for those who may see the round, checked again before each event. */
const roundFeed = (context: unknown, roundId: string) =>
  liveFeed(context as Context, {
    events: (e) => e.type === 'round.changed' && e.roundId === roundId,
    // A round unknown or out of reach alike: OUTSIDE_SCOPE, as when it started.
    stillAllowed: async (viewer, ctx) => {
      const access = await ctx.loaders.roundAccess.load(`${roundId}|${viewer.user.id}`);
      return access !== null && maySeeRound(viewer, access);
    },
  } satisfies LiveFeed);

const roundOf = async (ctx: Context, roundId: string): Promise<ReviewRound> =>
  (await ctx.loaders.round.load(roundId))!;

/** A round, live: the whole of it on each change, or the one change with what it touched. */
@Resolver()
export class RoundLiveResolver {
  @Subscription(() => ReviewRound, {
    description: 'The round as it changes: steps, score sheets, ballots cast',
    subscribe: ({ args, context }) => roundFeed(context, String(args.roundId)),
  })
  roundChanged(
    @Arg('roundId', () => ID) roundId: string,
    @Root() _e: DomainEvent,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return roundOf(ctx, roundId);
  }

  @Subscription(() => RoundActivity, {
    description:
      'What changed in a round, one event a change: the entry a sheet or a ballot touched, so a client updates it in place',
    subscribe: ({ args, context }) => roundFeed(context, String(args.roundId)),
  })
  async roundActivity(
    @Arg('roundId', () => ID) roundId: string,
    @Root() event: DomainEvent,
    @Ctx() ctx: Context,
  ): Promise<RoundActivity> {
    const entryId = event.type === 'round.changed' ? event.entryId : undefined;
    const entries = entryId ? await ctx.loaders.entriesOfRound.load(roundId) : [];
    return {
      round: await roundOf(ctx, roundId),
      entry: entries.find((e) => e.id === entryId) ?? null,
    };
  }
}
