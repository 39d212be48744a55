import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AwardType, DecisionState } from '@vinh-danh/shared';

registerEnumType(DecisionState, {
  name: 'DecisionState',
  description: 'A draft under public disclosure, signed, or annulled',
});

/** A commendation decision (quyết định khen thưởng): a draft under disclosure, then signed. */
@ObjectType({ simpleResolvers: true, description: 'A commendation decision (quyết định)' })
@Entity('decision')
export class Decision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'issuer_id' })
  issuerId: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId: string;

  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Field(() => AwardType)
  @Column('text', { name: 'award_type' })
  awardType: AwardType;

  @Field({ description: 'The summary line: "Về việc tặng Giấy khen …"' })
  @Column('text')
  title: string;

  @Field(() => DecisionState)
  @Column('text')
  state: DecisionState;

  @Field({ description: 'First day of the public disclosure (YYYY-MM-DD)' })
  @Column('date', { name: 'disclosure_starts_on' })
  disclosureStartsOn: string;

  @Field({ description: 'Last day of the public disclosure (YYYY-MM-DD)' })
  @Column('date', { name: 'disclosure_ends_on' })
  disclosureEndsOn: string;

  @Field(() => Int, { nullable: true, description: 'The year of its number, once signed' })
  @Column('int', { nullable: true })
  year: number | null;

  @Field(() => Int, { nullable: true, description: 'Given at signing, from 1 each year' })
  @Column('int', { nullable: true })
  number: number | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'signed_at', nullable: true })
  signedAt: Date | null;

  @Column('uuid', { name: 'signed_by', nullable: true })
  signedBy: string | null;

  @Field(() => Int, { nullable: true, description: 'Prize money per entry, in đồng' })
  @Column('int', { name: 'prize_amount', nullable: true })
  prizeAmount: number | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'annulled_at', nullable: true })
  annulledAt: Date | null;

  @Column('uuid', { name: 'annulled_by', nullable: true })
  annulledBy: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'annul_reason', nullable: true })
  annulReason: string | null;

  @Field(() => Int)
  @Column('int')
  version: number;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A collective or individual on a decision's list. Taken off or annulled, it stays, marked. */
@ObjectType({ simpleResolvers: true, description: 'An entry of a decision’s list' })
@Entity('decision_entry')
export class DecisionEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'decision_id' })
  decisionId: string;

  @Column('uuid', { name: 'candidacy_id' })
  candidacyId: string;

  @Field(() => Int)
  @Column('int')
  position: number;

  @Field()
  @Column('text')
  achievement: string;

  @Field(() => Int, { nullable: true, description: 'Golden-book number (số sổ vàng), at signing' })
  @Column('int', { name: 'book_number', nullable: true })
  bookNumber: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Taken off the list: objection upheld, or held',
  })
  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'removed_reason', nullable: true })
  removedReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'annulled_at', nullable: true })
  annulledAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'annul_reason', nullable: true })
  annulReason: string | null;
}
