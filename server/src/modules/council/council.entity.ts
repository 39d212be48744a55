import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { RankBy, RoundState, Seat, type Threshold } from '@vinh-danh/shared';
import { numeric } from '../../infra/db/columns';

registerEnumType(Seat, { name: 'Seat', description: 'Chair, vice chair, secretary or member' });
registerEnumType(RankBy, { name: 'RankBy', description: 'Which score ranks: raw or normalised' });
registerEnumType(RoundState, { name: 'RoundState' });

@ObjectType({
  simpleResolvers: true,
  description: 'A share of the membership: "more than 1/2", "at least 4/5"',
})
export class ThresholdType implements Threshold {
  @Field(() => Int)
  numerator: number;

  @Field(() => Int)
  denominator: number;

  @Field({ description: 'true: more than the share; false: at least the share' })
  strict: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A review council (hội đồng xét duyệt) of one unit for one campaign',
})
@Entity('council')
export class Council {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => Float)
  @Column('numeric', { name: 'pass_score', transformer: numeric })
  passScore: number;

  @Field(() => Float)
  @Column('numeric', { name: 'exemplary_score', transformer: numeric })
  exemplaryScore: number;

  @Field(() => ThresholdType, {
    description:
      'Share of the members present for the voting session to be held, and of the non-excluded members who must vote on an entry',
  })
  @Column('jsonb')
  quorum: ThresholdType;

  @Field(() => ThresholdType, { description: 'Share of the non-excluded members who must approve' })
  @Column('jsonb')
  approval: ThresholdType;

  @Field(() => RankBy)
  @Column('text', { name: 'rank_by' })
  rankBy: RankBy;

  @Field(() => Int, { description: 'How many exemplary entries may go up to the parent level' })
  @Column('int', { name: 'promotion_quota' })
  promotionQuota: number;

  @Field(() => Float, {
    description: 'Members’ totals further apart than this flag a disagreement',
  })
  @Column('numeric', { name: 'disagreement_spread', transformer: numeric })
  disagreementSpread: number;

  @Field({
    description:
      'The council’s rules let an absent member send a written opinion, kept in the minutes',
  })
  @Column('boolean', { name: 'written_opinions', default: false })
  writtenOpinions: boolean;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ simpleResolvers: true })
@Entity('council_member')
export class CouncilMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'council_id' })
  councilId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Field(() => Seat)
  @Column('text')
  seat: Seat;
}
