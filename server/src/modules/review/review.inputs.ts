import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Vote } from '@vinh-danh/shared';
import { registerEnumType } from 'type-graphql';

registerEnumType(Vote, { name: 'Vote', description: 'Approve, reject or abstain' });

@InputType()
export class AssignInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Members per entry; every eligible member when left out',
  })
  @IsOptional()
  @Min(1)
  @Max(100)
  perEntry?: number | null;
}

@InputType()
export class ReviewersInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  memberIds: string[];
}

@InputType()
export class ScoreItemInput {
  @Field()
  @MaxLength(40)
  criterion: string;

  @Field()
  points: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType()
export class ScoreSheetInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field(() => [ScoreItemInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  scores: ScoreItemInput[];
}

@InputType()
export class BallotInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field(() => Vote)
  @IsIn(Object.values(Vote))
  vote: Vote;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID()
  roundId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field({ description: 'Present at the voting session' })
  present: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'An absent member’s written opinion, where the council’s rules allow it',
  })
  @IsOptional()
  @MaxLength(4000)
  writtenOpinion?: string | null;
}

@InputType()
export class ConflictInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field()
  @MaxLength(1000)
  reason: string;
}
