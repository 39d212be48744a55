import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { PromotionBlock } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { blockOf, type PromotionTarget } from './promotion';
import { ReviewRound, RoundEntry } from '../round/round.entity';
import { RoundEntriesInput } from '../round/round.inputs';

registerEnumType(PromotionBlock, {
  name: 'PromotionBlock',
  description: 'Why an entry cannot go up a level now',
});

@ObjectType({
  simpleResolvers: true,
  description: 'Whether you may send the entry up a level now, and why not',
})
class PromotionAvailability {
  @Field()
  allowed: boolean;

  @Field(() => PromotionBlock, { nullable: true, description: 'Null when allowed' })
  reason: PromotionBlock | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Where the council sends its exemplary entries, and what is left of its quota',
})
class RoundPromotion {
  @Field(() => String, {
    nullable: true,
    description: 'The council above for the campaign; null when the campaign’s review ends here',
  })
  toCouncil: string | null;

  @Field(() => Int)
  quota: number;

  @Field(() => Int, { description: 'Entries the council has sent up, in all its rounds' })
  used: number;

  @Field(() => Int)
  left: number;
}

/** The round's access and its council's promotion target, from the request's loaders. */
const targetOf = async (roundId: string, ctx: Context) => {
  const access = (await ctx.loaders.roundAccess.load(`${roundId}|${viewerOf(ctx).user.id}`))!;
  const target: PromotionTarget = await ctx.loaders.promotionTarget.load(
    `${access.council.id}|${access.unitPath}`,
  );
  return { access, target };
};

@Resolver(() => ReviewRound)
export class RoundPromotionResolver {
  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'Send exemplary entries to the council above, within the quota',
  })
  promoteEntries(
    @Arg('input') input: RoundEntriesInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.promotions.promote(viewerOf(ctx), input.roundId, input.candidacyIds);
  }

  @FieldResolver(() => RoundPromotion)
  async promotion(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<RoundPromotion> {
    const { target } = await targetOf(r.id, ctx);
    const quota = target.council.promotionQuota;
    return {
      toCouncil: target.parent?.name ?? null,
      quota,
      used: target.used,
      left: Math.max(0, quota - target.used),
    };
  }
}

@Resolver(() => RoundEntry)
export class EntryPromotionResolver {
  @FieldResolver(() => PromotionAvailability, {
    description: 'Can you send it up a level now? The reason when not (like availableActions)',
  })
  async promotion(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<PromotionAvailability> {
    const [{ access, target }, round, candidacy] = await Promise.all([
      targetOf(e.roundId, ctx),
      ctx.loaders.round.load(e.roundId),
      ctx.loaders.candidacy.load(e.candidacyId),
    ]);
    const reason = blockOf(target, access.member?.seat ?? null, round!.state, {
      state: candidacy!.state,
      recognition: candidacy!.recognition,
      promoted: e.promotedCandidacyId !== null,
    });
    return { allowed: reason === null, reason };
  }
}
