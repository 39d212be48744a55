import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review councils, their rounds, assignments and conflicts of interest, score sheets, secret
 * ballots, and the link from a promoted candidacy to the one below it.
 */
export class Councils1763784000000 implements MigrationInterface {
  name = 'Councils1763784000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidacy
      ADD COLUMN recognition text CHECK (recognition IN ('EFFECTIVE', 'EXEMPLARY')),
      ADD COLUMN promoted_from uuid REFERENCES candidacy (id)`);

    await q.query(`
      CREATE TABLE council (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        pass_score numeric NOT NULL CHECK (pass_score >= 0),
        exemplary_score numeric NOT NULL,
        quorum jsonb NOT NULL,
        approval jsonb NOT NULL,
        rank_by text NOT NULL CHECK (rank_by IN ('RAW', 'NORMALISED')),
        promotion_quota int NOT NULL CHECK (promotion_quota >= 0),
        disagreement_spread numeric NOT NULL CHECK (disagreement_spread >= 0),
        created_by uuid NOT NULL REFERENCES app_user (id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_one_per_unit_and_campaign UNIQUE (unit_id, campaign_id),
        CHECK (exemplary_score >= pass_score)
      )`);

    await q.query(`
      CREATE TABLE council_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES council (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        seat text NOT NULL CHECK (seat IN ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER')),
        CONSTRAINT council_member_once UNIQUE (council_id, user_id)
      )`);
    // One chair and one secretary per council.
    await q.query(
      `CREATE UNIQUE INDEX council_one_chair ON council_member (council_id) WHERE seat = 'CHAIR'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX council_one_secretary ON council_member (council_id) WHERE seat = 'SECRETARY'`,
    );
    await q.query(`CREATE INDEX council_member_user_idx ON council_member (user_id)`);

    await q.query(`
      CREATE TABLE review_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES council (id),
        name text NOT NULL,
        state text NOT NULL CHECK (state IN ('DRAFT', 'SCORING', 'VOTING', 'CLOSED')),
        published_at timestamptz,
        closed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_round_council_idx ON review_round (council_id)`);

    await q.query(`
      CREATE TABLE round_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES review_round (id),
        candidacy_id uuid NOT NULL REFERENCES candidacy (id),
        intake_order serial NOT NULL,
        removed_at timestamptz,
        score numeric,
        rank int,
        approve int, reject int, abstain int, eligible int,
        promoted_candidacy_id uuid REFERENCES candidacy (id)
      )`);
    // A candidacy sits in at most one round at a time.
    await q.query(
      `CREATE UNIQUE INDEX round_entry_once ON round_entry (candidacy_id) WHERE removed_at IS NULL`,
    );
    await q.query(`CREATE INDEX round_entry_round_idx ON round_entry (round_id)`);

    await q.query(`
      CREATE TABLE assignment (
        entry_id uuid NOT NULL REFERENCES round_entry (id),
        member_id uuid NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
        PRIMARY KEY (entry_id, member_id)
      )`);
    await q.query(`CREATE INDEX assignment_member_idx ON assignment (member_id)`);

    await q.query(`
      CREATE TABLE conflict_of_interest (
        entry_id uuid NOT NULL REFERENCES round_entry (id),
        member_id uuid NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('AUTOMATIC', 'DECLARED')),
        reason text NOT NULL,
        PRIMARY KEY (entry_id, member_id)
      )`);

    await q.query(`
      CREATE TABLE score (
        entry_id uuid NOT NULL REFERENCES round_entry (id),
        member_id uuid NOT NULL REFERENCES council_member (id),
        criterion text NOT NULL,
        points numeric(5, 1) NOT NULL CHECK (points >= 0 AND points * 2 = trunc(points * 2)),
        comment text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entry_id, member_id, criterion)
      )`);
    await q.query(`CREATE INDEX score_member_idx ON score (member_id)`);

    // Secret ballots: who has voted, and what was voted, are two tables with no column to join
    // them on (no member, no time on a ballot), and no API path reads either row by row.
    await q.query(`
      CREATE TABLE ballot_cast (
        entry_id uuid NOT NULL REFERENCES round_entry (id),
        member_id uuid NOT NULL REFERENCES council_member (id),
        PRIMARY KEY (entry_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES round_entry (id),
        vote text NOT NULL CHECK (vote IN ('APPROVE', 'REJECT', 'ABSTAIN'))
      )`);
    await q.query(`CREATE INDEX ballot_entry_idx ON ballot (entry_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ballot, ballot_cast, score, conflict_of_interest, assignment,
      round_entry, review_round, council_member, council`);
    await q.query(`ALTER TABLE candidacy DROP COLUMN recognition, DROP COLUMN promoted_from`);
  }
}
