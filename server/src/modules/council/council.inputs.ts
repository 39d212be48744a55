import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RankBy, Seat, SEATS } from '@vinh-danh/shared';

@InputType()
export class ThresholdInput {
  @Field(() => Int)
  @Min(1)
  @Max(100)
  numerator: number;

  @Field(() => Int)
  @Min(1)
  @Max(100)
  denominator: number;

  @Field()
  strict: boolean;
}

@InputType()
export class SeatInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => Seat)
  @IsIn(SEATS)
  seat: Seat;
}

@InputType()
export class CreateCouncilInput {
  @Field(() => ID)
  @IsUUID()
  unitId: string;

  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field()
  @MinLength(3)
  @MaxLength(300)
  name: string;

  @Field(() => Float)
  @Min(0)
  passScore: number;

  @Field(() => Float)
  @Min(0)
  exemplaryScore: number;

  @Field(() => ThresholdInput)
  @ValidateNested()
  quorum: ThresholdInput;

  @Field(() => ThresholdInput)
  @ValidateNested()
  approval: ThresholdInput;

  @Field(() => RankBy, { defaultValue: RankBy.RAW })
  @IsIn(Object.values(RankBy))
  rankBy: RankBy;

  @Field(() => Int)
  @Min(0)
  @Max(10000)
  promotionQuota: number;

  @Field(() => Float, { nullable: true, description: '20% of the rubric’s total when left out' })
  @IsOptional()
  @Min(0)
  disagreementSpread?: number;

  @Field({
    defaultValue: false,
    description: 'Absent members may send a written opinion, kept in the minutes',
  })
  writtenOpinions: boolean;

  @Field(() => [SeatInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  members: SeatInput[];
}
