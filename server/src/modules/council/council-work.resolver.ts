import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../context';
import { ReviewRound } from '../round/round.entity';
import { Council } from './council.entity';
import { CouncilWork, councilWorkOf, RoundWork } from './council-work';

@Resolver(() => CouncilWork)
export class CouncilWorkResolver {
  // Seats are not roles: anyone signed in asks, and gets the councils they sit on (maybe none).
  @Authorized()
  @Query(() => [CouncilWork], {
    description: 'The councils you sit on, newest first, and what waits for you in each',
  })
  myCouncilWork(@Ctx() ctx: Context): Promise<CouncilWork[]> {
    return councilWorkOf(ctx.services.db, viewerOf(ctx).user.id);
  }

  @FieldResolver(() => Council)
  async council(@Root() w: CouncilWork, @Ctx() ctx: Context): Promise<Council> {
    return (await ctx.loaders.council.load(w.councilId))!;
  }
}

@Resolver(() => RoundWork)
export class RoundWorkResolver {
  @FieldResolver(() => ReviewRound)
  async round(@Root() w: RoundWork, @Ctx() ctx: Context): Promise<ReviewRound> {
    return (await ctx.loaders.round.load(w.roundId))!;
  }
}
