import type { DataSource, EntityManager } from 'typeorm';
import { generateKeyPair, keyIdOf } from '@vinh-danh/shared/certificates';
import type { Logger } from '../../infra/log';
import { SigningKey } from './signing-key.entity';

export interface CurrentKey {
  id: string;
  privateKey: Uint8Array;
}

/**
 * The keys that sign certificates, kept with the data. The first start generates one; a
 * rotation retires the current key and makes a new one, in one transaction, so there is always
 * exactly one that signs (a partial unique index makes a second current key impossible).
 */
export class SigningKeys {
  constructor(private readonly db: DataSource) {}

  /** At start-up: a key when there is none. Two processes starting at once make one. */
  async ensure(log?: Logger): Promise<void> {
    const made = await this.insertNew(this.db.manager, true);
    if (made) log?.info({ keyId: made.id }, 'generated a certificate signing key');
  }

  /** The key that signs now, with its private half. */
  async current(tx: EntityManager): Promise<CurrentKey> {
    const [row] = (await tx.query(
      `SELECT id, private_key FROM signing_key WHERE retired_at IS NULL`,
    )) as { id: string; private_key: Buffer }[];
    if (row) return { id: row.id, privateKey: new Uint8Array(row.private_key) };
    // Only when no start-up ran on this database (a script, a test's own data source).
    await this.insertNew(tx, true);
    return this.current(tx);
  }

  /** Retires the current key and returns the new one; what the old one signed still verifies. */
  async rotate(log?: Logger): Promise<SigningKey> {
    const key = await this.db.transaction(async (tx) => {
      // Rotations one at a time (two at once would each retire the same key); signings, which
      // only read the keys, go on meanwhile.
      await tx.query(`LOCK TABLE signing_key IN SHARE ROW EXCLUSIVE MODE`);
      await tx.query(
        `UPDATE signing_key SET retired_at = clock_timestamp() WHERE retired_at IS NULL`,
      );
      const made = await this.insertNew(tx, false);
      return tx.getRepository(SigningKey).findOneByOrFail({ id: made!.id });
    });
    log?.info({ keyId: key.id }, 'rotated the certificate signing key');
    return key;
  }

  /** Every key, current first then newest first: what verifiers fetch. */
  published(): Promise<SigningKey[]> {
    return this.db
      .getRepository(SigningKey)
      .createQueryBuilder('k')
      .orderBy('k.retired_at IS NULL', 'DESC')
      .addOrderBy('k.created_at', 'DESC')
      .getMany();
  }

  private async insertNew(
    tx: EntityManager,
    onlyIfNone: boolean,
  ): Promise<{ id: string } | undefined> {
    const pair = generateKeyPair();
    const id = keyIdOf(pair.publicKey);
    const rows = (await tx.query(
      `INSERT INTO signing_key (id, public_key, private_key, created_at)
       SELECT $1, $2, $3, clock_timestamp()
        WHERE NOT $4 OR NOT EXISTS (SELECT 1 FROM signing_key WHERE retired_at IS NULL)
       ON CONFLICT DO NOTHING RETURNING id`,
      [id, Buffer.from(pair.publicKey), Buffer.from(pair.privateKey), onlyIfNone],
    )) as { id: string }[];
    return rows[0];
  }
}
