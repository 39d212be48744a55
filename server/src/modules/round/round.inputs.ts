import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class OpenRoundInput {
  @Field(() => ID)
  @IsUUID()
  councilId: string;

  @Field()
  @MinLength(3)
  @MaxLength(200)
  name: string;
}

@InputType()
export class RoundEntriesInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  candidacyIds: string[];
}

@InputType()
export class ReturnEntryInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => ID)
  candidacyId: string;

  @Field()
  @MaxLength(2000)
  reason: string;
}
