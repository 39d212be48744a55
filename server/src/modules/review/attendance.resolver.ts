import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { viewerOf, type Context } from '../context';
import { CouncilMember } from '../council/council.entity';
import { attendanceOf } from './attendance';
import { ReviewRound } from '../round/round.entity';
import { AttendanceInput } from './review.inputs';

@ObjectType({
  simpleResolvers: true,
  description: 'A member at the round’s voting session, as the secretary recorded it',
})
class Attendance {
  @Field(() => CouncilMember)
  member: CouncilMember;

  @Field({ description: 'Present: recorded so, or has cast a ballot in the round' })
  present: boolean;

  @Field(() => Boolean, { nullable: true, description: 'What the secretary recorded, if anything' })
  recorded: boolean | null;

  @Field({ description: 'Has cast a ballot in the round (never what)' })
  voted: boolean;

  @Field(() => String, { nullable: true, description: 'An absent member’s written opinion' })
  writtenOpinion: string | null;
}

@Resolver(() => ReviewRound)
export class AttendanceResolver {
  @Authorized()
  @Mutation(() => ReviewRound, {
    description: 'The secretary records who is present at the voting session',
  })
  recordAttendance(
    @Arg('input') input: AttendanceInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewRound> {
    return ctx.services.attendance.record(viewerOf(ctx), input);
  }

  @FieldResolver(() => [Attendance], {
    description: 'Every member’s attendance at the voting session, in seat order',
  })
  async attendance(@Root() r: ReviewRound, @Ctx() ctx: Context): Promise<Attendance[]> {
    const [lines, members] = await Promise.all([
      attendanceOf(ctx.services.db.manager, r.id, r.councilId),
      ctx.loaders.membersOfCouncil.load(r.councilId),
    ]);
    // membersOfCouncil comes in seat order: keep it
    return members.map((member) => {
      const line = lines.find((l) => l.memberId === member.id)!;
      return { member, ...line };
    });
  }
}
