import type { DataSource } from 'typeorm';
import { RoundOperation } from '@vinh-danh/shared';
import { refuse } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { RoundAttendance } from './attendance.entity';
import { attendanceOf } from './attendance';
import { lockRound } from '../round/round-access';
import { requireOperation } from '../round/round.policy';
import type { RoundService } from '../round/round.service';
import type { ReviewRound } from '../round/round.entity';

export interface AttendanceChange {
  roundId: string;
  memberId: string;
  present: boolean;
  writtenOpinion?: string | null;
}

/**
 * The secretary's attendance record of a round's voting session. Recording is idempotent (one
 * row per member, the last word kept) and runs under the round's lock, so recordings made at
 * the same moment follow one another and the round's version moves on with each.
 */
export class AttendanceService {
  constructor(
    private readonly db: DataSource,
    private readonly rounds: RoundService,
  ) {}

  async record(viewer: Viewer, change: AttendanceChange): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, change.roundId);
      requireOperation(ctx, RoundOperation.RECORD_ATTENDANCE);
      const lines = await attendanceOf(tx, ctx.round.id, ctx.council.id);
      const line = isId(change.memberId)
        ? lines.find((l) => l.memberId === change.memberId)
        : undefined;
      if (!line) throw refuse('NOT_A_MEMBER', {}, { field: 'memberId' });
      const opinion = change.writtenOpinion?.trim() || null;
      if (opinion && change.present)
        throw refuse('OPINION_ONLY_WHEN_ABSENT', {}, { field: 'writtenOpinion' });
      if (opinion && !ctx.council.writtenOpinions)
        throw refuse('NO_WRITTEN_OPINIONS', {}, { field: 'writtenOpinion' });
      if (!change.present && line.voted) throw refuse('VOTED_SO_PRESENT', {}, { field: 'present' });
      await tx.getRepository(RoundAttendance).upsert(
        {
          roundId: ctx.round.id,
          memberId: line.memberId,
          present: change.present,
          writtenOpinion: opinion,
          recordedBy: viewer.user.id,
          recordedAt: new Date(),
        },
        ['roundId', 'memberId'],
      );
      return this.rounds.touch(tx, ctx.round);
    });
  }
}
