import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { RankBy } from '@vinh-danh/shared';
import { Candidacy } from '../candidacy/candidacy.entity';
import { viewerOf, type Context } from '../context';
import { ReviewRound, RoundEntry } from '../round/round.entity';
import { RankingRow } from './ranking-row';
import { rankingLines } from './ranking-rows';
import { mayReadResults, requireResults } from './results.policy';

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
