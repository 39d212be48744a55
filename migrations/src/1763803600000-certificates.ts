import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates and the keys that sign them. A key is generated at first start and kept with the
 * data; rotating it retires the old one, which stays published so that what it signed still
 * verifies. A certificate is written once, at signing, and never changed: an annulment is kept
 * on the decision or its entry, and the certificate then reads as annulled.
 */
export class Certificates1763803600000 implements MigrationInterface {
  name = 'Certificates1763803600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signing_key (
        id text PRIMARY KEY CHECK (id ~ '^[0-9A-Z]{4,16}$'),
        public_key bytea NOT NULL UNIQUE CHECK (length(public_key) = 32),
        private_key bytea NOT NULL CHECK (length(private_key) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz,
        CHECK (retired_at IS NULL OR retired_at >= created_at)
      )`);
    // One current key at most: the one that signs.
    await q.query(
      `CREATE UNIQUE INDEX signing_key_one_current ON signing_key ((true)) WHERE retired_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE certificate (
        code text PRIMARY KEY CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$'),
        decision_entry_id uuid NOT NULL UNIQUE REFERENCES decision_entry (id),
        facts jsonb NOT NULL,
        signature text NOT NULL,
        key_id text NOT NULL REFERENCES signing_key (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        CHECK (facts ->> 'code' = code AND facts ->> 'keyId' = key_id)
      )`);
    await q.query(`CREATE INDEX certificate_key_idx ON certificate (key_id)`);
    // What was signed is never rewritten, whoever connects.
    await q.query(`
      CREATE FUNCTION certificate_written_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a certificate is never changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER certificate_no_change BEFORE UPDATE OR DELETE ON certificate
        FOR EACH ROW EXECUTE FUNCTION certificate_written_once()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate`);
    await q.query(`DROP FUNCTION certificate_written_once()`);
    await q.query(`DROP TABLE signing_key`);
  }
}
