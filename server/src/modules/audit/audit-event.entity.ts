import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CandidacyState } from '@vinh-danh/shared';

/** One change of state: who, when, from, to, why. The database refuses updates and deletes. */
@ObjectType({ simpleResolvers: true })
@Entity('audit_event')
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'candidacy_id' })
  candidacyId: string;

  @Field(() => ID, { nullable: true, description: 'Null for the public: an objection' })
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Field({ description: 'REGISTER, or a CandidacyAction' })
  @Column('text')
  action: string;

  @Field(() => CandidacyState, { nullable: true })
  @Column('text', { name: 'from_state', nullable: true })
  fromState: CandidacyState | null;

  @Field(() => CandidacyState)
  @Column('text', { name: 'to_state' })
  toState: CandidacyState;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;
}
