import { Client } from 'pg';
import { ErrorCode, Role } from '@vinh-danh/shared';
import { buildTree, buildUser, signIn } from '../factories';
import { buildCampaign, registerModel, type Registered } from '../factories/campaign';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { subscribe } from '../support/subscriptions';

/**
 * The database drops connections (a failover, a restart, an administrator): a request that
 * lost its connection is answered with a code that says "try again" (503, SERVICE_UNAVAILABLE,
 * retryable), never as a bug; and a retry, with the version the client saw, applies a change
 * at most once: where the lost request had committed, the retry is refused as a conflict.
 */

const SUBMIT = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { id state version } }`;

interface Answer {
  status: number;
  code?: string;
  retryable?: unknown;
}

const send = async (api: GraphQLClient, c: Registered): Promise<Answer> => {
  const res = await fetch(api.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({
      query: SUBMIT,
      variables: { input: { candidacyId: c.candidacyId, version: c.version, action: 'SUBMIT' } },
    }),
  }).catch(() => null);
  if (!res) return { status: 0 };
  const body = (await res.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
  const ext = body.errors?.[0]?.extensions;
  return { status: res.status, code: ext?.code as string | undefined, retryable: ext?.retryable };
};

describe('a lost database connection', () => {
  let app: TestApp;
  let officer: GraphQLClient;
  let killer: Client;
  /** on the server's own database: a database cannot refuse connections from inside itself */
  let admin: Client;
  let campaignId: string;
  let unitId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const tree = await buildTree(app.db);
    const row = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    officer = await signIn(app.api, row);
    unitId = tree.communeA.id;
    campaignId = (await buildCampaign(app.db, { unit: tree.district, createdBy: row.id })).id;
    killer = new Client({ connectionString: app.databaseUrl });
    await killer.connect();
    admin = new Client({ connectionString: process.env.VD_TEST_SERVER_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await killer.end();
    await admin.end();
    await app.stop();
  });

  const dbName = () => new URL(app.databaseUrl).pathname.slice(1);

  /** Ends every connection of the server to its database, as a failover would. */
  const killConnections = () =>
    killer.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );

  it('answers 503 SERVICE_UNAVAILABLE, retryable; a retry applies each change exactly once', async () => {
    const drafts: Registered[] = [];
    for (let i = 0; i < 40; i++) {
      drafts.push(await registerModel(officer, { campaignId, unitId, title: `Mô hình số ${i}` }));
    }
    let killing = true;
    const killed = (async () => {
      let rounds = 0;
      while (killing) {
        await killConnections();
        rounds += 1;
        await new Promise((r) => setTimeout(r, 25));
      }
      return rounds;
    })();
    const first = await Promise.all(drafts.map((c) => send(officer, c)));
    killing = false;
    await killed;

    const lost = first.filter((a) => a.code !== undefined);
    // The kills must have hit requests, or this test shows nothing.
    expect(lost.length).toBeGreaterThan(0);
    for (const a of first) {
      if (a.code === undefined) expect(a.status).toBe(200);
      else expect(a).toEqual({ status: 503, code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true });
    }

    // The client retries what failed, with the version it saw.
    const retried = await Promise.all(
      drafts.map((c, i) => (first[i].code ? send(officer, c) : Promise.resolve(null))),
    );
    for (const a of retried.filter((r) => r !== null)) {
      expect([undefined, ErrorCode.CONFLICT]).toContain(a.code);
    }
    const rows: Array<{ state: string; submits: number }> = await app.db.query(
      `SELECT c.state, (SELECT count(*)::int FROM audit_event e
                         WHERE e.candidacy_id = c.id AND e.action = 'SUBMIT') AS submits
         FROM candidacy c WHERE c.id = ANY($1)`,
      [drafts.map((d) => d.candidacyId)],
    );
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.state === 'SUBMITTED' && r.submits === 1)).toBe(true);
  });

  it('serves again by itself once the connections are back, after a few retries at most', async () => {
    await killConnections();
    const answers: Array<string | undefined> = [];
    // Each idle connection of the pool may be dead until it hears so; a client retries.
    for (let attempt = 0; attempt < 10; attempt++) {
      const res = await officer.request(`{ me { user { id } } }`);
      answers.push(res.errors?.[0].extensions?.code);
      if (!res.errors) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(answers.at(-1)).toBeUndefined();
    expect(answers.slice(0, -1).every((c) => c === ErrorCode.SERVICE_UNAVAILABLE)).toBe(true);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('delivers live events again once its listening connection is back', async () => {
    const draft = await registerModel(officer, { campaignId, unitId, title: 'Mô hình sau sự cố' });
    // The database refuses new connections for a while, as during a restart: the listener's
    // first tries fail; it goes on trying every second, and events flow again once it is back.
    await admin.query(`ALTER DATABASE ${dbName()} WITH ALLOW_CONNECTIONS false`);
    try {
      await killConnections();
      await new Promise((r) => setTimeout(r, 2500));
    } finally {
      await admin.query(`ALTER DATABASE ${dbName()} WITH ALLOW_CONNECTIONS true`);
    }
    await new Promise((r) => setTimeout(r, 2000));
    const feed = await subscribe<{ candidacyChanged: { id: string; state: string } }>(
      app.url,
      officer.token!,
      `subscription($unitId: ID!) { candidacyChanged(unitId: $unitId) { id state } }`,
      { unitId },
    );
    try {
      let sent = await send(officer, draft);
      if (sent.code === ErrorCode.SERVICE_UNAVAILABLE) sent = await send(officer, draft);
      expect(sent.code).toBeUndefined();
      expect((await feed.next()).candidacyChanged).toEqual({
        id: draft.candidacyId,
        state: 'SUBMITTED',
      });
    } finally {
      await feed.close();
    }
  });
});
