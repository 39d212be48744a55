import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ModelKind, type RegistrationForm } from '@vinh-danh/shared';

registerEnumType(ModelKind, {
  name: 'ModelKind',
  description: 'Collective (tập thể) or individual (cá nhân)',
});

@ObjectType({
  simpleResolvers: true,
  description: 'The nine parts of the registration form after the name',
})
export class RegistrationFormType implements RegistrationForm {
  @Field({ nullable: true, description: 'Current situation and reason (thực trạng, lý do)' })
  situation?: string;

  @Field({ nullable: true, description: 'Goals and measurable targets' })
  goals?: string;

  @Field({ nullable: true, description: 'Content and methods' })
  content?: string;

  @Field({ nullable: true, description: 'Area and people reached' })
  reach?: string;

  @Field({ nullable: true, description: 'Forces taking part and their roles' })
  forces?: string;

  @Field({ nullable: true, description: 'Resources: funds, labour days, contributions' })
  resources?: string;

  @Field({ nullable: true, description: 'Timeline' })
  timeline?: string;

  @Field({ nullable: true, description: 'Verifiable outputs' })
  outputs?: string;

  @Field({ nullable: true, description: 'How it is sustained and replicated' })
  sustainability?: string;
}

@ObjectType({ simpleResolvers: true, description: 'An exemplary model (mô hình) a unit registers' })
@Entity('model')
export class Model {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Field(() => ID)
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field(() => ModelKind)
  @Column('text')
  kind: ModelKind;

  @Field({ description: 'The model’s name: part one of the form' })
  @Column('text')
  title: string;

  @Column('text', { name: 'search_name' })
  searchName: string;

  @Field()
  @Column('text', { name: 'field_code' })
  fieldCode: string;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'person_name', nullable: true })
  personName: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'person_position', nullable: true })
  personPosition: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'person_ethnicity', nullable: true })
  personEthnicity: string | null;

  @Field(() => RegistrationFormType)
  @Column('jsonb')
  form: RegistrationFormType;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
