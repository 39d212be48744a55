import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AwardType } from '@vinh-danh/shared';

/** A council's proposal to the signing authority (tờ trình): exemplary entries of one round. */
@ObjectType({
  simpleResolvers: true,
  description: 'A proposal for commendation (tờ trình đề nghị)',
})
@Entity('proposal')
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'round_id' })
  roundId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Field(() => ID, { description: 'The proposing unit: the council’s' })
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'issuer_id' })
  issuerId: string;

  @Field(() => AwardType)
  @Column('text', { name: 'award_type' })
  awardType: AwardType;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ simpleResolvers: true, description: 'An entry of a proposal, with its achievement' })
@Entity('proposal_entry')
export class ProposalEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'candidacy_id' })
  candidacyId: string;

  @Field(() => Int)
  @Column('int')
  position: number;

  @Field({ description: 'The achievement line the decision and the certificate print' })
  @Column('text')
  achievement: string;
}
