import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an entry's ballots made its quorum when the round closed. Short of it, the counts are
 * not kept: with the has-voted marks public to the council, a count of one or two ballots is
 * those members' votes. The close stores quorum_met and, only when it is met, the counts; here
 * the rounds closed before are brought to the same rule, with the council's quorum as its rules
 * say (the threshold arithmetic of shared/src/scoring/threshold.ts: `needed`).
 */
export class EntryQuorum1763796100000 implements MigrationInterface {
  name = 'EntryQuorum1763796100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE round_entry ADD COLUMN quorum_met boolean`);
    await q.query(`
      UPDATE round_entry e SET quorum_met =
        e.approve + e.reject + e.abstain >= CASE
          WHEN e.eligible <= 0 THEN 1
          WHEN (k.quorum ->> 'strict')::boolean
            THEN (k.quorum ->> 'numerator')::int * e.eligible / (k.quorum ->> 'denominator')::int + 1
          ELSE ((k.quorum ->> 'numerator')::int * e.eligible + (k.quorum ->> 'denominator')::int - 1)
               / (k.quorum ->> 'denominator')::int
        END
        FROM review_round r JOIN council k ON k.id = r.council_id
       WHERE r.id = e.round_id AND e.approve IS NOT NULL`);
    await q.query(`UPDATE round_entry SET approve = NULL, reject = NULL, abstain = NULL
      WHERE quorum_met = false`);
    // Counts exist only with the quorum made.
    await q.query(`ALTER TABLE round_entry ADD CONSTRAINT round_entry_counts_need_quorum
      CHECK (quorum_met IS TRUE OR (approve IS NULL AND reject IS NULL AND abstain IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE round_entry DROP COLUMN quorum_met`);
  }
}
