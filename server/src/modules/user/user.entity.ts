import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { RoleGrant } from './role-grant.entity';

@ObjectType({ simpleResolvers: true, description: 'A person who signs in' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Lower case; unique' })
  @Column('text')
  username: string;

  @Field()
  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { name: 'search_name' })
  searchName: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  /** The unit the person belongs to; it decides who may administer them. */
  @Field(() => ID)
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field()
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => RoleGrant, (grant) => grant.user)
  grants: RoleGrant[];
}
