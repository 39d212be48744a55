import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CAPABILITIES, missingParts } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { Connection } from '../../infra/graphql/pagination';
import { Campaign } from '../campaign/campaign.entity';
import { Candidacy } from '../candidacy/candidacy.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { EvidenceFile } from './evidence.entity';
import { Indicator } from './indicator.entity';
import { Model } from './model.entity';
import { mayEditModel } from './model.policy';
import { ModelsArgs, RegisterModelInput, UpdateModelInput } from './model.inputs';

@ObjectType({ simpleResolvers: true })
class ModelConnection extends Connection(Model, 'Model') {}

@Resolver(() => Model)
export class ModelResolver {
  @Authorized(CAPABILITIES.browseModels)
  @Query(() => ModelConnection, {
    description: 'Models of your units, filtered; newest change first',
  })
  models(@Args() args: ModelsArgs, @Ctx() ctx: Context) {
    return ctx.services.models.list(viewerOf(ctx), args);
  }

  // Council members hold no role: the policy decides, by role or by seat.
  @Authorized()
  @Query(() => Model, {
    description:
      'For its unit’s people while it is with them, then for those whose roles reach its unit and for the councils reviewing it',
  })
  model(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Model> {
    return ctx.services.models.get(viewerOf(ctx), id);
  }

  @Authorized(CAPABILITIES.registerModels)
  @Mutation(() => Model, { description: 'Register a model; its candidacy starts as a draft' })
  registerModel(@Arg('input') input: RegisterModelInput, @Ctx() ctx: Context): Promise<Model> {
    return ctx.services.models.register(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.registerModels)
  @Mutation(() => Model, { description: 'Change a draft or returned model (autosave too)' })
  updateModel(@Arg('input') input: UpdateModelInput, @Ctx() ctx: Context): Promise<Model> {
    return ctx.services.models.update(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.registerModels)
  @Mutation(() => Model, { description: 'Remove an evidence file from a draft or returned model' })
  removeEvidence(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Model> {
    return ctx.services.models.removeEvidence(viewerOf(ctx), id);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() model: Model, @Ctx() ctx: Context): Promise<Campaign> {
    return (await ctx.loaders.campaign.load(model.campaignId))!;
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() model: Model, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(model.unitId))!;
  }

  @FieldResolver(() => [Indicator])
  indicators(@Root() model: Model, @Ctx() ctx: Context): Promise<Indicator[]> {
    return ctx.loaders.indicatorsOfModel.load(model.id);
  }

  @FieldResolver(() => [EvidenceFile])
  evidence(@Root() model: Model, @Ctx() ctx: Context): Promise<EvidenceFile[]> {
    return ctx.loaders.evidenceOfModel.load(model.id);
  }

  @FieldResolver(() => Candidacy, { description: 'The candidacy at the model’s own level' })
  async candidacy(@Root() model: Model, @Ctx() ctx: Context): Promise<Candidacy> {
    return (await ctx.loaders.ownCandidacyOfModel.load(model.id))!;
  }

  @FieldResolver(() => Boolean, {
    description: 'May the viewer change it now (its unit’s officer, while draft or returned)?',
  })
  async editable(@Root() model: Model, @Ctx() ctx: Context): Promise<boolean> {
    const [unit, candidacy] = await Promise.all([
      ctx.loaders.unit.load(model.unitId),
      ctx.loaders.ownCandidacyOfModel.load(model.id),
    ]);
    return Boolean(
      ctx.viewer && unit && candidacy && mayEditModel(ctx.viewer, unit.path, candidacy.state),
    );
  }

  @FieldResolver(() => [String], { description: 'What must still be filled in before submitting' })
  async missingParts(@Root() model: Model, @Ctx() ctx: Context): Promise<string[]> {
    const indicators = await ctx.loaders.indicatorsOfModel.load(model.id);
    return missingParts({ ...model, indicatorCount: indicators.length });
  }
}
