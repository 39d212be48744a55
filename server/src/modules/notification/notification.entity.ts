import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({
  simpleResolvers: true,
  description: 'What a person is told about: a submission awaiting them, a return, …',
})
@Entity('notification')
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Field({ description: 'The action that caused it: SUBMIT, RETURN, ENDORSE, WITHDRAW' })
  @Column('text')
  kind: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'candidacy_id', nullable: true })
  candidacyId: string | null;

  /** modelTitle, actorName, reason: enough to render it in either language */
  @Column('jsonb')
  message: { modelTitle: string; actorName: string; reason?: string | null };

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
