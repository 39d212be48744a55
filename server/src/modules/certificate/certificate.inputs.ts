import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AwardType, ModelKind, UNIT_KINDS, UnitKind } from '@vinh-danh/shared';
import { PageArgs } from '../../infra/graphql/pagination';

@InputType({ description: 'What to narrow the honour roll to; everything is optional' })
export class HonourRollFilter {
  @Field(() => Int, { nullable: true, description: 'The year of the decision' })
  @IsOptional()
  @Min(2000)
  @Max(2200)
  year?: number;

  @Field(() => UnitKind, { nullable: true, description: 'The level that commended it' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  level?: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Models of this unit and the units below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(50)
  fieldCode?: string;

  @Field(() => ModelKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ModelKind))
  kind?: ModelKind;

  @Field(() => AwardType, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AwardType))
  awardType?: AwardType;

  @Field({ nullable: true, description: 'Words of the name, unit or person; diacritics optional' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class HonourRollArgs extends PageArgs {
  @Field(() => HonourRollFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: HonourRollFilter;
}
