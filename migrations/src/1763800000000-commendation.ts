import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The end of the year: who signs (issuers, with the heading and symbol their documents carry),
 * proposals from a council's round, draft decisions under public disclosure, objections from the
 * public, signed decisions with their gapless numbers. Legal bases, disclosure periods, holidays
 * and prize multiples are rows, because the law that sets them changes every year or two.
 */
export class Commendation1763800000000 implements MigrationInterface {
  name = 'Commendation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE holiday (day date PRIMARY KEY, name text NOT NULL)`);
    await q.query(`ALTER TABLE campaign
      ADD COLUMN legal_bases text[] NOT NULL DEFAULT '{}',
      ADD COLUMN disclosure_days int NOT NULL DEFAULT 5 CHECK (disclosure_days BETWEEN 0 AND 60)`);
    // An objection from the public has no account behind it.
    await q.query(`ALTER TABLE audit_event ALTER COLUMN actor_id DROP NOT NULL`);

    await q.query(`
      CREATE TABLE issuer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        heading text[] NOT NULL CHECK (cardinality(heading) > 0),
        symbol text NOT NULL CHECK (length(btrim(symbol)) > 0),
        party boolean NOT NULL DEFAULT false,
        place text NOT NULL,
        signer_capacity text NOT NULL,
        signer_title text NOT NULL,
        signer_name text NOT NULL,
        award_types text[] NOT NULL,
        -- who carries its decisions out (Điều 3) and where copies go (Nơi nhận)
        executors text[] NOT NULL DEFAULT '{}',
        recipients text[] NOT NULL DEFAULT '{}',
        UNIQUE (unit_id, symbol)
      )`);
    await q.query(`
      CREATE TABLE prize_rate (
        award_type text NOT NULL,
        valid_from date NOT NULL,
        multiple numeric NOT NULL CHECK (multiple >= 0),
        base_salary int NOT NULL CHECK (base_salary > 0),
        PRIMARY KEY (award_type, valid_from)
      )`);

    await q.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES review_round (id),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        issuer_id uuid NOT NULL REFERENCES issuer (id),
        award_type text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX proposal_issuer_idx ON proposal (issuer_id, created_at)`);
    await q.query(`CREATE INDEX proposal_round_idx ON proposal (round_id)`);
    await q.query(`
      CREATE TABLE proposal_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        candidacy_id uuid NOT NULL UNIQUE REFERENCES candidacy (id),
        position int NOT NULL,
        achievement text NOT NULL CHECK (length(btrim(achievement)) > 0),
        UNIQUE (proposal_id, position)
      )`);

    await q.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer_id uuid NOT NULL REFERENCES issuer (id),
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        award_type text NOT NULL,
        title text NOT NULL,
        state text NOT NULL CHECK (state IN ('DISCLOSING', 'SIGNED', 'ANNULLED')),
        disclosure_starts_on date NOT NULL,
        disclosure_ends_on date NOT NULL,
        year int,
        number int,
        signed_at timestamptz,
        signed_by uuid REFERENCES app_user (id),
        prize_amount int CHECK (prize_amount >= 0),
        annulled_at timestamptz,
        annulled_by uuid REFERENCES app_user (id),
        annul_reason text,
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- a number exists once signed, and only then
        CHECK ((state = 'DISCLOSING') = (number IS NULL)),
        CHECK ((number IS NULL) = (signed_at IS NULL) AND (number IS NULL) = (year IS NULL)),
        CHECK ((state = 'ANNULLED') = (annulled_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX decision_number_unique ON decision (issuer_id, year, number)
      WHERE number IS NOT NULL`);
    await q.query(`CREATE INDEX decision_state_idx ON decision (state, issuer_id)`);
    await q.query(`
      CREATE TABLE decision_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES decision (id),
        candidacy_id uuid NOT NULL REFERENCES candidacy (id),
        position int NOT NULL,
        achievement text NOT NULL,
        book_number int,
        removed_at timestamptz,
        removed_reason text,
        annulled_at timestamptz,
        annul_reason text,
        UNIQUE (decision_id, position)
      )`);
    // A candidacy is on one live list at a time; one taken off may go on a later one.
    await q.query(`CREATE UNIQUE INDEX decision_entry_once ON decision_entry (candidacy_id)
      WHERE removed_at IS NULL`);
    await q.query(`CREATE INDEX decision_entry_decision_idx ON decision_entry (decision_id)`);

    await q.query(`
      CREATE TABLE objection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_entry_id uuid NOT NULL REFERENCES decision_entry (id),
        name text NOT NULL,
        contact text NOT NULL,
        body text NOT NULL,
        client text NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'UPHELD', 'DISMISSED')),
        resolution text,
        resolved_by uuid REFERENCES app_user (id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state = 'OPEN') = (resolved_at IS NULL))
      )`);
    await q.query(`CREATE INDEX objection_entry_idx ON objection (decision_entry_id)`);
    await q.query(`CREATE INDEX objection_open_idx ON objection (created_at) WHERE state = 'OPEN'`);
    // The public form's throttle: objections per address in the last hour.
    await q.query(`CREATE INDEX objection_client_idx ON objection (client, created_at)`);

    // Gapless numbers: a row per issuer, symbol and year, taken FOR UPDATE inside the signing.
    await q.query(`
      CREATE TABLE decision_counter (
        issuer_id uuid NOT NULL REFERENCES issuer (id),
        symbol text NOT NULL,
        year int NOT NULL,
        last int NOT NULL CHECK (last > 0),
        PRIMARY KEY (issuer_id, symbol, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE decision_counter, objection, decision_entry, decision,
      proposal_entry, proposal, prize_rate, issuer, holiday`);
    await q.query(`ALTER TABLE campaign DROP COLUMN legal_bases, DROP COLUMN disclosure_days`);
  }
}
