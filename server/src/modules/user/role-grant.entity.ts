import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Role } from '@vinh-danh/shared';
import type { User } from './user.entity';

registerEnumType(Role, { name: 'Role', description: 'A role granted on a unit and its subtree' });

@ObjectType({ simpleResolvers: true, description: 'A role held on a unit and everything below it' })
@Entity('role_grant')
export class RoleGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne('User', 'grants', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: User;

  @Field(() => Role)
  @Column('text')
  role: Role;

  /** Null only for a system-wide administrator. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'unit_id', nullable: true })
  unitId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
