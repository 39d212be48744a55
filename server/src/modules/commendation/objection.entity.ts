import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ObjectionState } from '@vinh-danh/shared';

registerEnumType(ObjectionState, { name: 'ObjectionState' });

/**
 * An objection from the public against an entry under disclosure. Only staff read it; the
 * contact is the objector's and is never published.
 */
@ObjectType({ simpleResolvers: true, description: 'An objection to an entry under disclosure' })
@Entity('objection')
export class Objection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'decision_entry_id' })
  entryId: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'How to reach the objector; staff only' })
  @Column('text')
  contact: string;

  @Field()
  @Column('text')
  body: string;

  /** the address it came from, for the throttle; never shown */
  @Column('text')
  client: string;

  @Field(() => ObjectionState)
  @Column('text')
  state: ObjectionState;

  @Field(() => String, { nullable: true, description: 'Why it was upheld or dismissed' })
  @Column('text', { nullable: true })
  resolution: string | null;

  @Column('uuid', { name: 'resolved_by', nullable: true })
  resolvedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
