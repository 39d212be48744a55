import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface NotificationMessage {
  modelTitle?: string | null;
  actorName: string;
  reason?: string | null;
  councilName?: string | null;
  roundId?: string | null;
  roundName?: string | null;
  /** entries assigned, for ASSIGNED */
  count?: number | null;
  /** where a promoted model went */
  unitName?: string | null;
}

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

  @Field({
    description:
      'What it tells: an action of the transition table or a council event (NotificationKind in shared)',
  })
  @Column('text')
  kind: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'candidacy_id', nullable: true })
  candidacyId: string | null;

  /** what its wording names, enough to render it in either language */
  @Column('jsonb')
  message: NotificationMessage;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
