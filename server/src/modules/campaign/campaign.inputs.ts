import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AwardType, Phase, PHASES, REVIEW_LEVELS, UnitKind } from '@vinh-danh/shared';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'dates are written YYYY-MM-DD';

@InputType()
export class PhaseInput {
  @Field(() => Phase)
  @IsIn(PHASES)
  phase: Phase;

  @Field(() => UnitKind, { nullable: true, description: 'Review phases only: which level' })
  @IsOptional()
  @IsIn(REVIEW_LEVELS)
  level?: UnitKind | null;

  @Field()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  opensOn: string;

  @Field()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  closesOn: string;
}

@InputType()
export class FieldInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'field codes are capital letters, digits and _' })
  code: string;

  @Field()
  @MinLength(2)
  @MaxLength(200)
  name: string;
}

@InputType()
export class CriterionInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, {
    message: 'criterion codes are capital letters, digits and _',
  })
  code: string;

  @Field()
  @MinLength(2)
  @MaxLength(300)
  name: string;

  @Field()
  @Min(0.5)
  @Max(1000)
  maxPoints: number;
}

@InputType()
export class RubricInput {
  @Field()
  @Min(1)
  @Max(10000)
  total: number;

  @Field(() => [CriterionInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(30)
  criteria: CriterionInput[];
}

@InputType()
export class CreateCampaignInput {
  @Field(() => ID, { description: 'The unit that runs it; it covers that unit’s subtree' })
  @IsUUID()
  unitId: string;

  @Field()
  @MinLength(3)
  @MaxLength(300)
  name: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  startYear: number;

  @Field(() => Int, { description: 'Same as startYear for a one-year campaign' })
  @Min(2000)
  @Max(2100)
  endYear: number;

  @Field(() => [PhaseInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  phases: PhaseInput[];

  @Field(() => [FieldInput], { nullable: true, description: 'The four standard fields by default' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  fields?: FieldInput[];

  @Field(() => RubricInput, {
    nullable: true,
    description: 'The default rubric of 100 points when left out',
  })
  @IsOptional()
  @ValidateNested()
  rubric?: RubricInput;

  @Field(() => [AwardType], { nullable: true, description: 'All award types by default' })
  @IsOptional()
  @IsIn(Object.values(AwardType), { each: true })
  @ArrayMinSize(1)
  awardTypes?: AwardType[];
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(300)
  name?: string;

  @Field(() => [PhaseInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  phases?: PhaseInput[];

  @Field(() => [FieldInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  fields?: FieldInput[];

  @Field(() => RubricInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  rubric?: RubricInput;

  @Field(() => [AwardType], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AwardType), { each: true })
  @ArrayMinSize(1)
  awardTypes?: AwardType[];
}

@InputType()
export class ExtendPhaseInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => Phase)
  @IsIn(PHASES)
  phase: Phase;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  @IsIn(REVIEW_LEVELS)
  level?: UnitKind | null;

  @Field({ description: 'The new last day, YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  closesOn: string;
}
