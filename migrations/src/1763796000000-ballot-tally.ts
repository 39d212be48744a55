import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots kept as counts. A `ballot` row per vote, written in the same transaction as
 * the voter's `ballot_cast` mark, shared its xmin with that mark and sat in the same physical
 * order: anyone reading the tables (a superuser, a backup) could join the two. Now a vote only
 * adds one to its entry's row in `ballot_tally`, and the same transaction rewrites every mark of
 * that entry, so all of them, and the tally, carry that one transaction id: the latest voter is
 * not singled out, and re-inserted in member order, the marks' physical order is not the order
 * of voting. The close copies the counts to `round_entry` and deletes the tally rows.
 *
 * What this does not hide: until VACUUM reclaims them (and until the pages are overwritten),
 * the dead versions of a tally row and of the marks stay in the heap, readable with tools such
 * as pageinspect, and the write-ahead log (and any WAL archive or replica) holds every change in
 * order; together they replay who voted when and how each count moved. Those need access to the
 * server's files or superuser extensions, and are outside what the tables show. And the locks a
 * ballot takes (the round's row, the foreign-key checks on the entry and on the voters' member
 * rows) leave its transaction id in those rows' xmax: shared by every voter of the entry, it can
 * at most hint at who voted last on it when a member voted on fewer entries than the others,
 * never at a choice.
 */
export class BallotTally1763796000000 implements MigrationInterface {
  name = 'BallotTally1763796000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ballot_tally (
        entry_id uuid PRIMARY KEY REFERENCES round_entry (id),
        approve int NOT NULL DEFAULT 0 CHECK (approve >= 0),
        reject int NOT NULL DEFAULT 0 CHECK (reject >= 0),
        abstain int NOT NULL DEFAULT 0 CHECK (abstain >= 0)
      )`);
    // Rounds still open keep their counts; closed ones have theirs on round_entry already.
    await q.query(`
      INSERT INTO ballot_tally (entry_id, approve, reject, abstain)
      SELECT b.entry_id, count(*) FILTER (WHERE b.vote = 'APPROVE'),
             count(*) FILTER (WHERE b.vote = 'REJECT'), count(*) FILTER (WHERE b.vote = 'ABSTAIN')
        FROM ballot b JOIN round_entry e ON e.id = b.entry_id JOIN review_round r ON r.id = e.round_id
       WHERE r.state <> 'CLOSED'
       GROUP BY b.entry_id`);
    await q.query(`DROP TABLE ballot`);
    // The marks written beside the old ballots carry those ballots' xmin and order: rewrite them
    // all in this one transaction, in member order.
    await q.query(`CREATE TEMP TABLE ballot_cast_old ON COMMIT DROP AS SELECT * FROM ballot_cast`);
    await q.query(`DELETE FROM ballot_cast`);
    await q.query(`INSERT INTO ballot_cast (entry_id, member_id)
      SELECT entry_id, member_id FROM ballot_cast_old ORDER BY entry_id, member_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES round_entry (id),
        vote text NOT NULL CHECK (vote IN ('APPROVE', 'REJECT', 'ABSTAIN'))
      )`);
    await q.query(`CREATE INDEX ballot_entry_idx ON ballot (entry_id)`);
    await q.query(`
      INSERT INTO ballot (entry_id, vote)
      SELECT t.entry_id, v.vote FROM ballot_tally t
       CROSS JOIN LATERAL (SELECT 'APPROVE' AS vote, t.approve AS n UNION ALL SELECT 'REJECT', t.reject
                           UNION ALL SELECT 'ABSTAIN', t.abstain) v
       CROSS JOIN LATERAL generate_series(1, v.n)`);
    await q.query(`DROP TABLE ballot_tally`);
  }
}
