import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CandidacyAction } from '@vinh-danh/shared';

@InputType()
export class TransitionInput {
  @Field(() => ID)
  @IsUUID()
  candidacyId: string;

  @Field(() => Int, { description: 'The candidacy version you saw; a stale one gets CONFLICT' })
  version: number;

  @Field(() => CandidacyAction)
  @IsIn(Object.values(CandidacyAction))
  action: CandidacyAction;

  @Field(() => String, { nullable: true, description: 'Required to return' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class CandidacyVersionInput {
  @Field(() => ID)
  @IsUUID()
  candidacyId: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class BulkEndorseInput {
  @Field(() => [CandidacyVersionInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  items: CandidacyVersionInput[];
}
