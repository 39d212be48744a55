import { DESK_ROLES } from './commendation.policy';
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
import { viewerOf, type Context } from '../context';
import { Candidacy } from '../candidacy/candidacy.entity';
import { Model } from '../model/model.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ReviewRound } from '../round/round.entity';
import { ProposeCommendationInput } from './commendation.inputs';
import { Decision } from './decision.entity';
import { Issuer } from './issuer.entity';
import { Proposal, ProposalEntry } from './proposal.entity';

@Resolver(() => Proposal)
export class ProposalResolver {
  @Authorized()
  @Query(() => [Issuer], {
    description: 'Signing authorities: those that may commend a round’s entries, or all of yours',
  })
  issuers(
    @Arg('roundId', () => ID, { nullable: true }) roundId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Issuer[]> {
    return ctx.services.desk.issuers(viewerOf(ctx), roundId);
  }

  @Authorized(DESK_ROLES)
  @Query(() => [Proposal], { description: 'Proposals to your units’ authorities, newest first' })
  proposals(
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Proposal[]> {
    return ctx.services.desk.proposals(viewerOf(ctx), campaignId);
  }

  @Authorized()
  @Mutation(() => Proposal, {
    description: 'Propose a closed round’s exemplary entries to a signing authority',
  })
  proposeCommendation(
    @Arg('input') input: ProposeCommendationInput,
    @Ctx() ctx: Context,
  ): Promise<Proposal> {
    return ctx.services.proposals.propose(viewerOf(ctx), input);
  }

  @FieldResolver(() => ReviewRound)
  async round(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ReviewRound> {
    return (await ctx.loaders.round.load(p.roundId))!;
  }

  @FieldResolver(() => Issuer)
  async issuer(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Issuer> {
    return (await ctx.loaders.issuer.load(p.issuerId))!;
  }

  @FieldResolver(() => OrgUnit, { description: 'The proposing unit' })
  async unit(@Root() p: Proposal, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(p.unitId))!;
  }

  @FieldResolver(() => [ProposalEntry])
  entries(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalEntry[]> {
    return ctx.loaders.proposalEntries.load(p.id);
  }

  @FieldResolver(() => [Decision], { description: 'The decisions drafted from it' })
  decisions(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Decision[]> {
    return ctx.loaders.decisionsOfProposal.load(p.id);
  }

  @FieldResolver(() => String, {
    description: 'The whole dossier as one PDF: the submission, the reports, the minutes',
  })
  dossierUrl(@Root() p: Proposal): string {
    return `/api/proposals/${p.id}/dossier.pdf`;
  }
}

@Resolver(() => ProposalEntry)
export class ProposalEntryResolver {
  @FieldResolver(() => Candidacy)
  async candidacy(@Root() e: ProposalEntry, @Ctx() ctx: Context): Promise<Candidacy> {
    return (await ctx.loaders.candidacy.load(e.candidacyId))!;
  }

  @FieldResolver(() => Model)
  async model(@Root() e: ProposalEntry, @Ctx() ctx: Context): Promise<Model> {
    const candidacy = (await ctx.loaders.candidacy.load(e.candidacyId))!;
    return (await ctx.loaders.model.load(candidacy.modelId))!;
  }
}

@Resolver(() => ReviewRound)
export class RoundProposalsResolver {
  @FieldResolver(() => [Proposal], { description: 'The proposals made from this round' })
  proposals(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<Proposal[]> {
    return ctx.loaders.proposalsOfRound.load(r.id);
  }
}
