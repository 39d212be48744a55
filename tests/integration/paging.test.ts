import { Role } from '@vinh-danh/shared';
import { buildCampaign, registerModel } from '../factories/campaign';
import { buildTree, buildUser, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';

interface Connection {
  nodes: Array<{ id: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a list, `size` at a time, as a client pages through it. */
const pageThrough = async (
  client: GraphQLClient,
  query: string,
  field: string,
  size: number,
): Promise<string[]> => {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data: Record<string, Connection> = await client.ok(query, { first: size, after });
    ids.push(...data[field].nodes.map((n) => n.id));
    if (!data[field].pageInfo.hasNextPage) return ids;
    after = data[field].pageInfo.endCursor;
  }
  throw new Error('paging did not end');
};

// Sub-millisecond on purpose: a cursor rounded to milliseconds falls between these rows.
const SHARED_TIME = '2026-03-04 05:06:07.123456+00';

describe('paging through rows that share a timestamp', () => {
  let app: TestApp;
  let officer: GraphQLClient;
  let officerId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const tree = await buildTree(app.db);
    const row = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    officerId = row.id;
    officer = await signIn(app.api, row);
    const { id: campaignId } = await buildCampaign(app.db, {
      unit: tree.district,
      createdBy: row.id,
    });
    for (let i = 0; i < 20; i++) {
      await registerModel(officer, { campaignId, unitId: tree.communeA.id, title: `Mô hình ${i}` });
    }
  });
  afterAll(() => app.stop());

  it('returns every model exactly once, ten of them sharing one timestamp', async () => {
    await app.db.query(
      `UPDATE model SET updated_at = $1
        WHERE id IN (SELECT id FROM model ORDER BY id LIMIT 10)`,
      [SHARED_TIME],
    );
    const ids = await pageThrough(
      officer,
      `query($first: Int!, $after: String) {
        models(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
      }`,
      'models',
      5,
    );
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM model');
    expect(n).toBe(20);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('returns every notification exactly once when they share one timestamp', async () => {
    await app.db.query(
      `INSERT INTO notification (user_id, kind, message, created_at)
       SELECT $1, 'ENDORSE', jsonb_build_object('modelTitle', 'Mô hình ' || i, 'actorName', 'Lò Văn A'), $2
         FROM generate_series(1, 20) AS i`,
      [officerId, SHARED_TIME],
    );
    const ids = await pageThrough(
      officer,
      `query($first: Int!, $after: String) {
        notifications(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
      }`,
      'notifications',
      5,
    );
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });
});
