import type { EntityManager } from 'typeorm';
import type { Seat } from '@vinh-danh/shared';

export interface AttendanceLine {
  memberId: string;
  userId: string;
  displayName: string;
  seat: Seat;
  /** what the secretary recorded; null: nothing yet */
  recorded: boolean | null;
  /** cast a ballot in the round: present, whatever was recorded */
  voted: boolean;
  present: boolean;
  writtenOpinion: string | null;
}

/**
 * Every member of the round's council with their attendance at its voting session. One who
 * cast a ballot was there; one neither recorded nor voting counts as absent. The close, the
 * round page and the minutes all read attendance here, so they cannot disagree.
 */
export const attendanceOf = async (
  tx: EntityManager,
  roundId: string,
  councilId: string,
): Promise<AttendanceLine[]> => {
  const rows: Array<{
    member_id: string;
    user_id: string;
    display_name: string;
    seat: Seat;
    recorded: boolean | null;
    voted: boolean;
    written_opinion: string | null;
  }> = await tx.query(
    `SELECT m.id AS member_id, m.user_id, u.display_name, m.seat, a.present AS recorded,
            a.written_opinion,
            EXISTS (SELECT 1 FROM ballot_cast b JOIN round_entry e ON e.id = b.entry_id
                     WHERE b.member_id = m.id AND e.round_id = $1) AS voted
       FROM council_member m JOIN app_user u ON u.id = m.user_id
       LEFT JOIN round_attendance a ON a.round_id = $1 AND a.member_id = m.id
      WHERE m.council_id = $2
      ORDER BY m.id`,
    [roundId, councilId],
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    userId: r.user_id,
    displayName: r.display_name,
    seat: r.seat,
    recorded: r.recorded,
    voted: r.voted,
    present: r.voted || r.recorded === true,
    writtenOpinion: r.written_opinion,
  }));
};
