import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UnitKind } from '@vinh-danh/shared';

registerEnumType(UnitKind, { name: 'UnitKind', description: 'What kind of unit this is' });

/**
 * A unit of the organisation tree. `path` lists the ids from the root down to this unit
 * ("/root/…/id/"), so a subtree is one prefix match and a move is one UPDATE.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'An organisation unit (đơn vị): province, district, commune or agency',
})
@Entity('org_unit')
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short stable code, upper case (e.g. DB-NOONGLUONG)' })
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  name: string;

  /** `name` folded for search without diacritics. */
  @Column('text', { name: 'search_name' })
  searchName: string;

  @Field(() => UnitKind)
  @Column('text')
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  path: string;

  @Field(() => Int, { description: '0 for a root unit' })
  @Column('int')
  depth: number;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
