import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who attended a round's voting session, as its secretary records it, and whether a council's
 * rules let an absent member send a written opinion for the minutes. A member with no row is
 * not recorded yet; one who casts a ballot is present whatever the row says (the service keeps
 * the two from disagreeing).
 */
export class RoundAttendance1763791500000 implements MigrationInterface {
  name = 'RoundAttendance1763791500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE council ADD COLUMN written_opinions boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE round_attendance (
        round_id uuid NOT NULL REFERENCES review_round (id),
        member_id uuid NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
        present boolean NOT NULL,
        written_opinion text CHECK (length(btrim(written_opinion)) > 0),
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, member_id),
        -- only an absent member writes in: one present says it at the session
        CHECK (NOT present OR written_opinion IS NULL)
      )`);
    await q.query(`CREATE INDEX round_attendance_member_idx ON round_attendance (member_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE round_attendance`);
    await q.query(`ALTER TABLE council DROP COLUMN written_opinions`);
  }
}
