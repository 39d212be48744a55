import { DESK_ROLES } from './commendation.policy';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CAPABILITIES, DecisionState, decisionNumberText } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { User } from '../user/user.entity';
import { daysLeft } from './calendar';
import {
  AnnulDecisionInput,
  DecisionVersionInput,
  DraftDecisionInput,
  SignDecisionsInput,
} from './commendation.inputs';
import { Decision, DecisionEntry } from './decision.entity';
import { Issuer } from './issuer.entity';
import { Proposal } from './proposal.entity';

@Resolver(() => Decision)
export class DecisionResolver {
  @Authorized(DESK_ROLES)
  @Query(() => [Decision], { description: 'Decisions of your units, newest first' })
  decisions(
    @Arg('state', () => DecisionState, { nullable: true }) state: DecisionState | null,
    @Ctx() ctx: Context,
  ): Promise<Decision[]> {
    return ctx.services.desk.decisions(viewerOf(ctx), state);
  }

  @Authorized(DESK_ROLES)
  @Query(() => Decision, { nullable: true })
  decision(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Decision | null> {
    return ctx.services.desk.decision(viewerOf(ctx), id);
  }

  @Authorized(CAPABILITIES.manageCommendations)
  @Mutation(() => Decision, {
    description: 'Draft a decision from a proposal and publish its list for objections',
  })
  draftDecision(@Arg('input') input: DraftDecisionInput, @Ctx() ctx: Context): Promise<Decision> {
    return ctx.services.decisions.draft(viewerOf(ctx), input.proposalId, input.title);
  }

  @Authorized(CAPABILITIES.signDecisions)
  @Mutation(() => Decision, {
    description: 'Sign a draft whose disclosure has ended: numbers it and commends its entries',
  })
  signDecision(@Arg('input') input: DecisionVersionInput, @Ctx() ctx: Context): Promise<Decision> {
    return ctx.services.decisions.sign(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.signDecisions)
  @Mutation(() => [Decision], { description: 'Sign several drafts, all or none' })
  signDecisions(@Arg('input') input: SignDecisionsInput, @Ctx() ctx: Context): Promise<Decision[]> {
    return ctx.services.decisions.signMany(viewerOf(ctx), input.decisions);
  }

  @Authorized(CAPABILITIES.signDecisions)
  @Mutation(() => Decision, {
    description: 'Annul a signed decision, or one entry of it, with a reason; nothing is deleted',
  })
  annulDecision(@Arg('input') input: AnnulDecisionInput, @Ctx() ctx: Context): Promise<Decision> {
    return ctx.services.decisions.annul(viewerOf(ctx), input);
  }

  @FieldResolver(() => Issuer)
  async issuer(@Root() d: Decision, @Ctx() ctx: Context): Promise<Issuer> {
    return (await ctx.loaders.issuer.load(d.issuerId))!;
  }

  @FieldResolver(() => Proposal)
  async proposal(@Root() d: Decision, @Ctx() ctx: Context): Promise<Proposal> {
    return (await ctx.loaders.proposal.load(d.proposalId))!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '"01/QĐ-UBND" (or "24-QĐ/BDVTU" for a party body); null until signed',
  })
  async numberText(@Root() d: Decision, @Ctx() ctx: Context): Promise<string | null> {
    if (d.number === null) return null;
    const issuer = (await ctx.loaders.issuer.load(d.issuerId))!;
    return decisionNumberText(d.number, issuer.symbol, issuer.party);
  }

  @FieldResolver(() => Int, { description: 'Working days of disclosure left, today included' })
  workingDaysLeft(@Root() d: Decision, @Ctx() ctx: Context): Promise<number> {
    return daysLeft(ctx.loaders.holidaysFrom, ctx.services.desk.today(), d.disclosureEndsOn);
  }

  @FieldResolver(() => Boolean, {
    description: 'A draft whose disclosure has ended: it may be signed now',
  })
  signable(@Root() d: Decision, @Ctx() ctx: Context): boolean {
    return d.state === DecisionState.DISCLOSING && d.disclosureEndsOn < ctx.services.desk.today();
  }

  @FieldResolver(() => [String], {
    description: 'The campaign’s legal bases, as the decision cites them',
  })
  async legalBases(@Root() d: Decision, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.campaign.load(d.campaignId))?.legalBases ?? [];
  }

  @FieldResolver(() => Int)
  async openObjections(@Root() d: Decision, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.openObjections.load(d.id))[0]?.n ?? 0;
  }

  @FieldResolver(() => [DecisionEntry], { description: 'Its list, those taken off included' })
  entries(@Root() d: Decision, @Ctx() ctx: Context): Promise<DecisionEntry[]> {
    return ctx.loaders.decisionEntries.load(d.id);
  }

  @FieldResolver(() => User, { nullable: true })
  signedBy(@Root() d: Decision, @Ctx() ctx: Context): Promise<User | null> | null {
    return d.signedBy ? ctx.loaders.user.load(d.signedBy) : null;
  }

  @FieldResolver(() => String, { description: 'The decision as a PDF (a draft while disclosing)' })
  pdfUrl(@Root() d: Decision): string {
    return `/api/decisions/${d.id}.pdf`;
  }
}
