import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { AwardType } from '@vinh-danh/shared';

@InputType()
export class ProposedEntryInput {
  @Field(() => ID)
  @IsUUID()
  candidacyId: string;

  @Field({ description: 'The achievement line the decision and the certificate print' })
  @MaxLength(2000)
  achievement: string;
}

@InputType()
export class ProposeCommendationInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => ID)
  @IsUUID()
  issuerId: string;

  @Field(() => AwardType)
  @IsIn(Object.values(AwardType))
  awardType: AwardType;

  @Field(() => [ProposedEntryInput])
  @ArrayMaxSize(500)
  entries: ProposedEntryInput[];
}

@InputType()
export class DraftDecisionInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => String, { nullable: true, description: 'The summary line; a standard one if empty' })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;
}

@InputType()
export class DecisionVersionInput {
  @Field(() => ID)
  @IsUUID()
  decisionId: string;

  @Field(() => Int, { description: 'The version you saw' })
  @Min(1)
  version: number;
}

@InputType()
export class SignDecisionsInput {
  @Field(() => [DecisionVersionInput])
  @ArrayMaxSize(100)
  decisions: DecisionVersionInput[];
}

@InputType()
export class AnnulDecisionInput extends DecisionVersionInput {
  @Field(() => ID, { nullable: true, description: 'One entry only; the whole decision if absent' })
  @IsOptional()
  @IsUUID()
  entryId?: string | null;

  @Field()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class SubmitObjectionInput {
  @Field(() => ID, { description: 'The entry of the list under disclosure' })
  entryId: string;

  @Field()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Phone or e-mail; seen by the staff only' })
  @MaxLength(200)
  contact: string;

  @Field()
  @MaxLength(4000)
  body: string;
}

@InputType()
export class ResolveObjectionInput {
  @Field(() => ID)
  @IsUUID()
  objectionId: string;

  @Field({ description: 'true: the entry leaves the list; false: the objection is dismissed' })
  upheld: boolean;

  @Field()
  @MaxLength(2000)
  reason: string;
}
