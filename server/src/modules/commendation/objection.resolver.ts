import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { AwardType, CAPABILITIES, ModelKind, ObjectionState } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { daysLeft } from './calendar';
import { ResolveObjectionInput, SubmitObjectionInput } from './commendation.inputs';
import { Decision, DecisionEntry } from './decision.entity';
import { Objection } from './objection.entity';

@ObjectType({ simpleResolvers: true, description: 'An entry of a public list: nothing private' })
class DisclosureEntry {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ModelKind)
  kind: ModelKind;

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field()
  unitName: string;

  @Field()
  achievement: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A draft decision’s list under public disclosure, open to objections',
})
class Disclosure {
  @Field(() => ID, { description: 'The draft decision’s id' })
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The signing authority: "Ủy ban nhân dân huyện Điện Biên"' })
  issuerName: string;

  @Field(() => AwardType)
  awardType: AwardType;

  @Field()
  startsOn: string;

  @Field()
  endsOn: string;

  @Field(() => Int)
  workingDaysLeft: number;

  @Field(() => [DisclosureEntry])
  entries: DisclosureEntry[];
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => [Disclosure], { description: 'The lists under disclosure today (open to all)' })
  async disclosures(@Ctx() ctx: Context): Promise<Disclosure[]> {
    const today = ctx.services.desk.today();
    const drafts = await ctx.services.desk.disclosures();
    return Promise.all(
      drafts.map(async (d) => {
        const issuer = (await ctx.loaders.issuer.load(d.issuerId))!;
        const entries = (await ctx.loaders.decisionEntries.load(d.id)).filter((e) => !e.removedAt);
        return {
          id: d.id,
          title: d.title,
          issuerName: issuer.name,
          awardType: d.awardType,
          startsOn: d.disclosureStartsOn,
          endsOn: d.disclosureEndsOn,
          workingDaysLeft: await daysLeft(ctx.loaders.holidaysFrom, today, d.disclosureEndsOn),
          entries: await Promise.all(
            entries.map(async (e) => {
              const [f] = await ctx.loaders.entryFacts.load(e.candidacyId);
              return {
                id: e.id,
                title: f.title,
                kind: f.kind as ModelKind,
                personName: f.person_name,
                unitName: f.unit_name,
                achievement: e.achievement,
              };
            }),
          ),
        };
      }),
    );
  }

  @Mutation(() => Boolean, {
    description:
      'Object to an entry under disclosure, without an account; limited per address and hour',
  })
  async submitObjection(
    @Arg('input') input: SubmitObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.objections.submit(ctx.ip, input);
    return true;
  }

  @Authorized(CAPABILITIES.manageCommendations)
  @Query(() => [Objection], { description: 'Objections to your units’ lists, oldest first' })
  objections(
    @Arg('state', () => ObjectionState, { nullable: true }) state: ObjectionState | null,
    @Ctx() ctx: Context,
  ): Promise<Objection[]> {
    return ctx.services.desk.objections(viewerOf(ctx), state);
  }

  @Authorized(CAPABILITIES.manageCommendations)
  @Mutation(() => Objection, {
    description: 'Uphold (the entry leaves the list) or dismiss an objection, with a reason',
  })
  resolveObjection(
    @Arg('input') input: ResolveObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<Objection> {
    return ctx.services.objections.resolve(viewerOf(ctx), input);
  }

  @FieldResolver(() => DecisionEntry)
  async entry(@Root() o: Objection, @Ctx() ctx: Context): Promise<DecisionEntry> {
    return (await ctx.loaders.decisionEntry.load(o.entryId))!;
  }

  @FieldResolver(() => Decision)
  async decision(@Root() o: Objection, @Ctx() ctx: Context): Promise<Decision> {
    const entry = (await ctx.loaders.decisionEntry.load(o.entryId))!;
    return (await ctx.loaders.decision.load(entry.decisionId))!;
  }
}
