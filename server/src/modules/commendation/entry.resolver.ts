import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ModelKind } from '@vinh-danh/shared';
import type { Context } from '../context';
import { Candidacy } from '../candidacy/candidacy.entity';
import type { EntryFacts } from './commendation.loaders';
import { DecisionEntry } from './decision.entity';
import { Objection } from './objection.entity';

const facts = async (e: DecisionEntry, ctx: Context): Promise<EntryFacts> =>
  (await ctx.loaders.entryFacts.load(e.candidacyId))[0];

/** What the desk shows of an entry: its model, its unit, whether an objection holds it. */
@Resolver(() => DecisionEntry)
export class DecisionEntryResolver {
  @FieldResolver(() => String, { description: 'The model’s title' })
  async title(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return (await facts(e, ctx)).title;
  }

  @FieldResolver(() => ModelKind)
  async kind(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return (await facts(e, ctx)).kind;
  }

  @FieldResolver(() => String, { nullable: true, description: 'An individual’s name' })
  async personName(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return (await facts(e, ctx)).person_name;
  }

  @FieldResolver(() => String, { nullable: true })
  async personPosition(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return (await facts(e, ctx)).person_position;
  }

  @FieldResolver(() => String, { description: 'The unit the model belongs to' })
  async unitName(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return (await facts(e, ctx)).unit_name;
  }

  @FieldResolver(() => Boolean, { description: 'An open objection holds it out of the decision' })
  async held(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return e.removedAt === null && (await ctx.loaders.heldEntry.load(e.id)).length > 0;
  }

  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return ctx.loaders.candidacy.load(e.candidacyId);
  }

  @FieldResolver(() => [Objection])
  objections(@Root() e: DecisionEntry, @Ctx() ctx: Context) {
    return ctx.loaders.objectionsOfEntry.load(e.id);
  }
}
