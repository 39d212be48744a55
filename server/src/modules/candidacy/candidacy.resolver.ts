import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { CAPABILITIES, CandidacyAction, ErrorCode } from '@vinh-danh/shared';
import type { DomainEvent } from '../../infra/events/bus';
import { viewerOf, type Context } from '../context';
import { notFound, unauthenticated } from '../../infra/graphql/errors';
import { liveFeed } from '../live';
import { AuditEvent } from '../audit/audit-event.entity';
import { Campaign } from '../campaign/campaign.entity';
import { Model } from '../model/model.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../user/user.entity';
import { Candidacy } from './candidacy.entity';
import { BulkEndorseInput, TransitionInput } from './candidacy.inputs';
import { mayReadByRole, maySeeCandidacy, requireReadable } from './candidacy.policy';

@ObjectType({ simpleResolvers: true, description: 'One thing a refusal’s wording names' })
class RefusalParam {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One item of a bulk action: the changed candidacy, or why not',
})
class BulkResult {
  @Field(() => ID)
  candidacyId: string;

  @Field(() => Candidacy, { nullable: true })
  candidacy: Candidacy | null;

  @Field(() => String, { nullable: true })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Which refusal (shared REFUSALS), to word it',
  })
  refusal?: string | null;

  @Field(() => [RefusalParam], { nullable: true, description: 'What the refusal’s wording names' })
  params?: RefusalParam[] | null;
}

@Resolver(() => Candidacy)
export class CandidacyResolver {
  @Authorized()
  @Query(() => Candidacy, {
    description:
      'For its unit’s people while it is with them, then for those whose roles reach its unit, and for members of a council reviewing it (or a later level of it) or holding it in its intake',
  })
  async candidacy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Candidacy> {
    const candidacy = await ctx.loaders.candidacy.load(id);
    if (!candidacy) throw notFound();
    const unit = (await ctx.loaders.unit.load(candidacy.unitId))!;
    await requireReadable(ctx.services.db, viewerOf(ctx), {
      id: candidacy.id,
      state: candidacy.state,
      unitPath: unit.path,
    });
    return candidacy;
  }

  @Authorized()
  @Mutation(() => Candidacy, { description: 'Submit, endorse, return or withdraw' })
  transitionCandidacy(
    @Arg('input') input: TransitionInput,
    @Ctx() ctx: Context,
  ): Promise<Candidacy> {
    return ctx.services.transitions.perform(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.reviewSubmissions)
  @Mutation(() => [BulkResult], {
    description: 'Endorse several; each succeeds or fails on its own',
  })
  async endorseCandidacies(
    @Arg('input') input: BulkEndorseInput,
    @Ctx() ctx: Context,
  ): Promise<BulkResult[]> {
    const results: BulkResult[] = [];
    for (const item of input.items) {
      try {
        const candidacy = await ctx.services.transitions.perform(viewerOf(ctx), {
          ...item,
          action: CandidacyAction.ENDORSE,
        });
        results.push({ candidacyId: item.candidacyId, candidacy, errorCode: null, message: null });
      } catch (error) {
        const extensions = (
          error as { extensions?: { code?: string; refusal?: string; params?: object } }
        ).extensions;
        const code = extensions?.code;
        if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) throw error;
        results.push({
          candidacyId: item.candidacyId,
          candidacy: null,
          errorCode: code,
          message: (error as Error).message,
          refusal: extensions?.refusal ?? code,
          params: Object.entries(extensions?.params ?? {}).map(([name, value]) => ({
            name,
            value: String(value),
          })),
        });
      }
    }
    return results;
  }

  @Subscription(() => Candidacy, {
    description: 'Changes to candidacies of a unit’s subtree, from any server process',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw unauthenticated();
      const unit = await ctx.services.org.get(String(args.unitId));
      return liveFeed(ctx, {
        events: (e) => e.type === 'candidacy.changed' && e.unitPath.startsWith(unit.path),
        stillAllowed: (viewer) => maySeeCandidacy(viewer, unit.path),
        // Changes of a candidacy still with its unit reach only the unit's own people.
        shows: (viewer, e) =>
          e.type === 'candidacy.changed' && mayReadByRole(viewer, e.unitPath, e.state),
      });
    },
  })
  async candidacyChanged(
    @Arg('unitId', () => ID) _unitId: string,
    @Root() event: DomainEvent,
    @Ctx() ctx: Context,
  ): Promise<Candidacy> {
    const id = event.type === 'candidacy.changed' ? event.candidacyId : '';
    return (await ctx.services.db.getRepository(Candidacy).findOneBy({ id }))!;
  }

  @FieldResolver(() => Model)
  async model(@Root() c: Candidacy, @Ctx() ctx: Context): Promise<Model> {
    return (await ctx.loaders.model.load(c.modelId))!;
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() c: Candidacy, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(c.unitId))!;
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() c: Candidacy, @Ctx() ctx: Context): Promise<Campaign> {
    return (await ctx.loaders.campaign.load(c.campaignId))!;
  }

  @FieldResolver(() => [CandidacyAction], { description: 'What the viewer may do now' })
  async availableActions(@Root() c: Candidacy, @Ctx() ctx: Context): Promise<CandidacyAction[]> {
    if (!ctx.viewer) return [];
    const [unit, phases] = await Promise.all([
      ctx.loaders.unit.load(c.unitId),
      ctx.loaders.phasesOfCampaign.load(c.campaignId),
    ]);
    return ctx.services.transitions.available(ctx.viewer, c.state, unit!.path, phases);
  }

  @FieldResolver(() => [AuditEvent], { description: 'Every change of state, oldest first' })
  timeline(@Root() c: Candidacy, @Ctx() ctx: Context): Promise<AuditEvent[]> {
    return ctx.loaders.auditOfCandidacy.load(c.id);
  }
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null for the public (an objection)' })
  async actor(@Root() e: AuditEvent, @Ctx() ctx: Context): Promise<User | null> {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }
}
