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
import { CAPABILITIES, Phase, Seat } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { Campaign } from '../campaign/campaign.entity';
import { CampaignPhase } from '../campaign/campaign-phase.entity';
import { Candidacy } from '../candidacy/candidacy.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ReviewRound } from '../round/round.entity';
import { User } from '../user/user.entity';
import { Council, CouncilMember } from './council.entity';
import { CreateCouncilInput } from './council.inputs';

@Resolver(() => Council)
export class CouncilResolver {
  @Authorized()
  @Query(() => [Council], { description: 'Councils you sit on, or that your roles reach' })
  councils(@Ctx() ctx: Context): Promise<Council[]> {
    return ctx.services.councils.list(viewerOf(ctx));
  }

  @Authorized()
  @Query(() => Council)
  async council(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Council> {
    return ctx.services.councils.getVisible(viewerOf(ctx), id);
  }

  @Authorized(CAPABILITIES.manageCampaigns)
  @Mutation(() => Council, { description: 'Form a council for a unit and a campaign' })
  createCouncil(@Arg('input') input: CreateCouncilInput, @Ctx() ctx: Context): Promise<Council> {
    return ctx.services.councils.create(viewerOf(ctx), input);
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() c: Council, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(c.unitId))!;
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() c: Council, @Ctx() ctx: Context): Promise<Campaign> {
    return (await ctx.loaders.campaign.load(c.campaignId))!;
  }

  @FieldResolver(() => CampaignPhase, {
    nullable: true,
    description:
      'The campaign’s review dates for this council’s level: intake, scores and ballots keep to them',
  })
  async reviewDates(@Root() c: Council, @Ctx() ctx: Context): Promise<CampaignPhase | null> {
    const [unit, phases] = await Promise.all([
      ctx.loaders.unit.load(c.unitId),
      ctx.loaders.phasesOfCampaign.load(c.campaignId),
    ]);
    return phases.find((p) => p.phase === Phase.REVIEW && p.level === unit?.kind) ?? null;
  }

  @FieldResolver(() => [CouncilMember])
  members(@Root() c: Council, @Ctx() ctx: Context): Promise<CouncilMember[]> {
    return ctx.loaders.membersOfCouncil.load(c.id);
  }

  @FieldResolver(() => Seat, { nullable: true, description: 'The viewer’s seat, if any' })
  async mySeat(@Root() c: Council, @Ctx() ctx: Context): Promise<Seat | null> {
    const members = await ctx.loaders.membersOfCouncil.load(c.id);
    return members.find((m) => m.userId === ctx.viewer?.user.id)?.seat ?? null;
  }

  @FieldResolver(() => [ReviewRound])
  rounds(@Root() c: Council, @Ctx() ctx: Context): Promise<ReviewRound[]> {
    return ctx.loaders.roundsOfCouncil.load(c.id);
  }

  @FieldResolver(() => [Candidacy], {
    description: 'Endorsed candidacies waiting for this council',
  })
  async intake(@Root() c: Council, @Ctx() ctx: Context): Promise<Candidacy[]> {
    const unit = (await ctx.loaders.unit.load(c.unitId))!;
    const ids = await ctx.services.rounds.intakeQueue(c.id, unit.path, c.campaignId);
    const rows = await ctx.loaders.candidacy.loadMany(ids);
    return rows.filter((r): r is Candidacy => r instanceof Candidacy);
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => User)
  async user(@Root() m: CouncilMember, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(m.userId))!;
  }
}
