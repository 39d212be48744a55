import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { UNIT_CODE_PATTERN, UNIT_KINDS, UnitKind } from '@vinh-danh/shared';
import { PageArgs } from '../../infra/graphql/pagination';

const CODE_MESSAGE = 'code must be 2–40 capital letters, digits, "-" or "_"';

@InputType()
export class CreateUnitInput {
  @Field(() => ID, { nullable: true, description: 'Leave out for a root unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field()
  @Matches(UNIT_CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;

  @Field()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Field(() => UnitKind)
  @IsIn(UNIT_KINDS)
  kind: UnitKind;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is refused with CONFLICT' })
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true, description: 'The new parent; leave out to make it a root' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType()
export class ArchiveUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  version: number;
}

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches names and codes, ignoring diacritics' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only units inside this unit’s subtree' })
  @IsOptional()
  @IsUUID()
  withinId?: string;

  @Field({ defaultValue: false })
  includeArchived: boolean;
}
