import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { CandidacyState, RankBy, Recognition } from '@vinh-danh/shared';
import { Candidacy } from '../candidacy/candidacy.entity';
import { viewerOf, type Context } from '../context';
import { ReviewRound, RoundEntry } from '../round/round.entity';
import { rankingLines } from './ranking-rows';
import { mayReadResults, requireResults } from './results.policy';

@ObjectType({ simpleResolvers: true, description: 'One line of a round’s ranking' })
export class RankingRow {
  @Field(() => Int)
  rank: number;

  @Field(() => ID)
  entryId: string;

  @Field(() => ID)
  candidacyId: string;

  @Field(() => CandidacyState)
  state: CandidacyState;

  @Field(() => Recognition, { nullable: true })
  recognition: Recognition | null;

  @Field({ description: 'The model’s name' })
  title: string;

  @Field({ description: 'The unit that registered the model' })
  unitName: string;

  @Field(() => Float, { nullable: true, description: 'Mean of the members’ totals' })
  raw: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the members’ standardised totals, on the rubric’s scale; a member who gave every entry the same total is left out',
  })
  normalised: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest minus lowest member total' })
  spread: number | null;

  @Field({ description: 'The spread is above the council’s disagreement threshold' })
  disagreement: boolean;

  @Field(() => Int, { description: 'Complete score sheets' })
  sheets: number;
}

@Resolver(() => RankingRow)
export class RankingRowResolver {
  @FieldResolver(() => Candidacy, {
    description: 'The whole candidacy, when the line is not enough',
  })
  async candidacy(@Root() row: RankingRow, @Ctx() ctx: Context): Promise<Candidacy> {
    return (await ctx.loaders.candidacy.load(row.candidacyId))!;
  }
}

/** The ranking of a round, as the SQL of `ranking-rows.ts` computes it. */
@Resolver(() => ReviewRound)
export class RoundRankingResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you may read the ranking and the counts now (see `ranking`)',
  })
  async mayReadResults(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.viewer) return false;
    return mayReadResults(await ctx.loaders.roundAccess.load(`${r.id}|${ctx.viewer.user.id}`));
  }

  @FieldResolver(() => [RankingRow], {
    description: 'For the chair, vice chair and secretary; for the other members once published',
  })
  async ranking(
    @Root() r: ReviewRound,
    @Arg('rankBy', () => RankBy, {
      nullable: true,
      description: 'The council’s rule when left out',
    })
    rankBy: RankBy | null,
    @Ctx() ctx: Context,
  ): Promise<RankingRow[]> {
    // The same access the round query loaded: no statement of its own.
    const { council, campaign } = requireResults(
      await ctx.loaders.roundAccess.load(`${r.id}|${viewerOf(ctx).user.id}`),
    );
    return rankingLines(
      ctx.services.db.manager,
      r.id,
      campaign.rubric.criteria.length,
      campaign.rubric.total,
      rankBy ?? council.rankBy,
      council.disagreementSpread,
    );
  }
}

/** After closing, what the chair certified; the members see it once the chair publishes. */
@ObjectType({ simpleResolvers: true })
class EntryResult {
  @Field(() => Float, { nullable: true, description: 'The score the council ranks by' })
  score: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field({
    description:
      'Did the entry’s ballots make the council’s quorum? When not, no counts are shown or kept',
  })
  quorumMet: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Ballot counts, never who voted what; null without the quorum',
  })
  approve: number | null;

  @Field(() => Int, { nullable: true })
  reject: number | null;

  @Field(() => Int, { nullable: true })
  abstain: number | null;

  @Field(() => Int, { description: 'Members not excluded by a conflict of interest' })
  eligible: number;
}

@Resolver(() => RoundEntry)
export class EntryResultResolver {
  @FieldResolver(() => EntryResult, {
    nullable: true,
    description:
      'Null until the round is closed (so no count is seen while voting), and for ordinary members until the chair publishes',
  })
  async result(@Root() e: RoundEntry, @Ctx() ctx: Context): Promise<EntryResult | null> {
    // Set by the close only: while voting there is no result, whatever the viewer.
    if (e.quorumMet === null || !ctx.viewer) return null;
    const access = await ctx.loaders.roundAccess.load(`${e.roundId}|${ctx.viewer.user.id}`);
    if (!mayReadResults(access)) return null;
    return {
      score: e.score,
      rank: e.rank,
      quorumMet: e.quorumMet,
      approve: e.approve,
      reject: e.reject,
      abstain: e.abstain,
      eligible: e.eligible ?? 0,
    };
  }
}
