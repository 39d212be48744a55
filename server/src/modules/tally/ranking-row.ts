import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CandidacyState, Recognition } from '@vinh-danh/shared';

/**
 * A line of a round's ranking, declared once: the API sends it as `RankingRow`, the ranking SQL
 * returns it (`RANKING_LINES_SQL`, as read, no copying), and the tally's score part of it
 * (`RankingScore`) is picked from it.
 */
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

  /** the order the entry was taken in: the last tie-break, not sent */
  intakeOrder: number;
}
