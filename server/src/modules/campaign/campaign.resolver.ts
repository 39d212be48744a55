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
} from 'type-graphql';
import { CAPABILITIES, isOpenOn } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { OrgUnit } from '../org/org-unit.entity';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import { CreateCampaignInput, ExtendPhaseInput, UpdateCampaignInput } from './campaign.inputs';
import { todayInVietnam } from './today';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(CAPABILITIES.readCampaigns)
  @Query(() => [Campaign], { description: 'Campaigns that concern the viewer’s units' })
  campaigns(@Ctx() ctx: Context): Promise<Campaign[]> {
    return ctx.services.campaigns.list(viewerOf(ctx));
  }

  @Authorized()
  @Query(() => Campaign)
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign> {
    return ctx.services.campaigns.get(id);
  }

  @Authorized(CAPABILITIES.manageCampaigns)
  @Mutation(() => Campaign)
  createCampaign(@Arg('input') input: CreateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    return ctx.services.campaigns.create(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageCampaigns)
  @Mutation(() => Campaign)
  updateCampaign(@Arg('input') input: UpdateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    return ctx.services.campaigns.update(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageUnits)
  @Mutation(() => Campaign, { description: 'An administrator moves a phase’s last day' })
  extendPhase(@Arg('input') input: ExtendPhaseInput, @Ctx() ctx: Context): Promise<Campaign> {
    return ctx.services.campaigns.extendPhase(viewerOf(ctx), input);
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(campaign.unitId))!;
  }

  @FieldResolver(() => [CampaignPhase])
  phases(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignPhase[]> {
    return ctx.loaders.phasesOfCampaign.load(campaign.id);
  }
}

@Resolver(() => CampaignPhase)
export class CampaignPhaseResolver {
  @FieldResolver(() => Boolean, { description: 'Open today, in Vietnam' })
  open(@Root() phase: CampaignPhase): boolean {
    return isOpenOn(phase, todayInVietnam());
  }
}
