import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { AwardType, Phase, type Rubric } from '@vinh-danh/shared';
import { CampaignPhase } from './campaign-phase.entity';

registerEnumType(AwardType, { name: 'AwardType', description: 'Giấy khen, Bằng khen, …' });
registerEnumType(Phase, { name: 'Phase' });

@ObjectType({
  simpleResolvers: true,
  description: 'A field (lĩnh vực) a campaign accepts models in',
})
export class CampaignField {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType({ simpleResolvers: true })
export class Criterion {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  maxPoints: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Criteria with maximum points; they add up to the total',
})
export class RubricType implements Rubric {
  @Field()
  total: number;

  @Field(() => [Criterion])
  criteria: Criterion[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'An emulation campaign (đợt thi đua) of a unit, for its subtree',
})
@Entity('campaign')
export class Campaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field()
  @Column('text')
  name: string;

  @Column('text', { name: 'search_name' })
  searchName: string;

  @Field(() => Int)
  @Column('int', { name: 'start_year' })
  startYear: number;

  @Field(() => Int)
  @Column('int', { name: 'end_year' })
  endYear: number;

  @Field(() => [CampaignField])
  @Column('jsonb')
  fields: CampaignField[];

  @Field(() => RubricType)
  @Column('jsonb')
  rubric: RubricType;

  @Field(() => [AwardType])
  @Column('text', { name: 'award_types', array: true })
  awardTypes: AwardType[];

  @Field(() => [String], {
    description: 'The legal bases its decisions cite, one "Căn cứ …" each, in order',
  })
  @Column('text', { name: 'legal_bases', array: true })
  legalBases: string[];

  @Field(() => Int, { description: 'Working days a draft decision’s list stays public' })
  @Column('int', { name: 'disclosure_days' })
  disclosureDays: number;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => CampaignPhase, (p) => p.campaign)
  phases: CampaignPhase[];
}
