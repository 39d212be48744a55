import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Phase, UnitKind } from '@vinh-danh/shared';
import type { Campaign } from './campaign.entity';

@ObjectType({
  simpleResolvers: true,
  description: 'The dates of one phase; review phases name their level',
})
@Entity('campaign_phase')
export class CampaignPhase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne('Campaign', 'phases', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign: Campaign;

  @Field(() => Phase)
  @Column('text')
  phase: Phase;

  @Field(() => UnitKind, { nullable: true })
  @Column('text', { nullable: true })
  level: UnitKind | null;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @Column('date', { name: 'opens_on' })
  opensOn: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @Column('date', { name: 'closes_on' })
  closesOn: string;
}
