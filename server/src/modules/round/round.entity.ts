import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RoundState } from '@vinh-danh/shared';
import { numeric } from '../../infra/db/columns';

@ObjectType({
  simpleResolvers: true,
  description: 'A council’s pass over a set of candidacies (phiên xét duyệt)',
})
@Entity('review_round')
export class ReviewRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'council_id' })
  councilId: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => RoundState)
  @Column('text')
  state: RoundState;

  @Field(() => Date, {
    nullable: true,
    description: 'When the chair published the results to the members',
  })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @Column('int')
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A candidacy in a round, with its result once the round is closed',
})
@Entity('round_entry')
export class RoundEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'round_id' })
  roundId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'candidacy_id' })
  candidacyId: string;

  @Field(() => Int)
  @Column('int', { name: 'intake_order' })
  intakeOrder: number;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt: Date | null;

  // The result of the close. Exposed through RoundEntryResolver, which shows it to the members
  // only once the chair has published.
  @Column('numeric', { nullable: true, transformer: numeric })
  score: number | null;

  @Column('int', { nullable: true })
  rank: number | null;

  /** whether its ballots made the quorum; null until the close. Short of it, no counts are kept. */
  @Column('boolean', { name: 'quorum_met', nullable: true })
  quorumMet: boolean | null;

  @Column('int', { nullable: true })
  approve: number | null;

  @Column('int', { nullable: true })
  reject: number | null;

  @Column('int', { nullable: true })
  abstain: number | null;

  @Column('int', { nullable: true })
  eligible: number | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'promoted_candidacy_id', nullable: true })
  promotedCandidacyId: string | null;
}
