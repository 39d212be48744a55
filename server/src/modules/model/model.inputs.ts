import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CANDIDACY_STATES,
  CandidacyState,
  ModelKind,
  UNIT_KINDS,
  UnitKind,
  type RegistrationForm,
} from '@vinh-danh/shared';
import { PageArgs } from '../../infra/graphql/pagination';

const PART = 20_000; // characters: a form part is a few paragraphs, not a book

@InputType({ description: 'Parts of the registration form; leave a part out to keep it' })
export class RegistrationFormInput implements RegistrationForm {
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) situation?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) goals?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) content?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) reach?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) forces?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) resources?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) timeline?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) outputs?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(PART) sustainability?: string;
}

@InputType()
export class IndicatorInput {
  @Field()
  @MinLength(2)
  @MaxLength(300)
  name: string;

  @Field({ description: 'm², ngày công, đồng, hộ, km…' })
  @MinLength(1)
  @MaxLength(50)
  unitOfMeasure: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  achieved?: number | null;
}

/** What registering and editing a model share: the person's details, the form, the results. */
@InputType()
class ModelDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  personPosition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  personEthnicity?: string | null;

  @Field(() => RegistrationFormInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  form?: RegistrationFormInput;

  @Field(() => [IndicatorInput], {
    nullable: true,
    description: 'The whole list; on an edit it replaces the list there was',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  indicators?: IndicatorInput[];
}

@InputType()
export class RegisterModelInput extends ModelDetailsInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => ID, {
    description: 'The registering unit; the model’s candidacy starts at its level',
  })
  @IsUUID()
  unitId: string;

  @Field(() => ModelKind)
  @IsIn(Object.values(ModelKind))
  kind: ModelKind;

  @Field()
  @MinLength(3)
  @MaxLength(500)
  title: string;

  @Field({ description: 'One of the campaign’s field codes' })
  fieldCode: string;

  @Field(() => String, { nullable: true, description: 'Individual models: the person' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  personName?: string | null;
}

@InputType({ description: 'Changes to a draft or returned model; what is left out stays' })
export class UpdateModelInput extends ModelDetailsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The model version you saw' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(500)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  fieldCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  personName?: string | null;
}

@InputType()
export class ModelFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Models of this unit’s subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => UnitKind, { nullable: true, description: 'The level: the registering unit’s kind' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  level?: UnitKind;

  @Field(() => ModelKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ModelKind))
  kind?: ModelKind;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(40)
  fieldCode?: string;

  @Field(() => [CandidacyState], {
    nullable: true,
    description: 'State of the candidacy at its own level',
  })
  @IsOptional()
  @IsIn(CANDIDACY_STATES, { each: true })
  states?: CandidacyState[];

  @Field({ nullable: true, description: 'Title or person, without diacritics' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ModelsArgs extends PageArgs {
  @Field(() => ModelFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ModelFilter;
}
