import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CandidacyAction, CandidacyState, Recognition } from '@vinh-danh/shared';

registerEnumType(CandidacyState, { name: 'CandidacyState' });
registerEnumType(CandidacyAction, { name: 'CandidacyAction' });
registerEnumType(Recognition, {
  name: 'Recognition',
  description: 'Effective (hiệu quả) or exemplary (tiêu biểu)',
});

/** One model's case before one level. Its state changes only through the transition service. */
@ObjectType({ simpleResolvers: true })
@Entity('candidacy')
export class Candidacy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'model_id' })
  modelId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Field(() => ID, { description: 'The unit whose level this candidacy is before' })
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field(() => CandidacyState)
  @Column('text')
  state: CandidacyState;

  @Field(() => Recognition, { nullable: true, description: 'Set when a council recognises it' })
  @Column('text', { nullable: true })
  recognition: Recognition | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The candidacy one level below that was promoted',
  })
  @Column('uuid', { name: 'promoted_from', nullable: true })
  promotedFrom: string | null;

  /** Compared by the transition service itself, inside its transaction. */
  @Field(() => Int)
  @Column('int')
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
