import { ErrorCode, Role } from '@vinh-danh/shared';
import { buildTree, buildUnit, buildUser, PASSWORD, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { token expiresAt viewer { user { username } capabilities } }
}`;
const ME = `{ me { user { username unit { name } roles { role unit { name } } } capabilities } }`;
const LOGOUT = `mutation { logout }`;

describe('signing in and out', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_MAX_FAILURES: 3, SESSION_TTL_HOURS: 1 });
    tree = await buildTree(app.db);
  });
  afterAll(() => app.stop());

  it('signs in with the right password and answers me', async () => {
    const officer = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
      username: 'canbo.noongluong',
    });
    const res = await app.api.ok<{
      login: { token: string; expiresAt: string; viewer: { capabilities: string[] } };
    }>(LOGIN, { input: { username: 'CanBo.NoongLuong ', password: officer.password } });
    expect(res.login.token).toMatch(/^[\w-]{40,}$/);
    const ttl = new Date(res.login.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(55 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000);
    expect(res.login.viewer.capabilities).toEqual([
      'browseOrg',
      'registerModels',
      'readCampaigns',
      'browseModels',
      'readDrafts',
    ]);

    const me = await app.api
      .as(res.login.token)
      .ok<{ me: { user: { username: string; roles: unknown[] } } }>(ME);
    expect(me.me.user).toMatchObject({
      username: 'canbo.noongluong',
      unit: { name: 'Xã Noong Luống' },
      roles: [{ role: 'UNIT_OFFICER', unit: { name: 'Xã Noong Luống' } }],
    });
  });

  it('answers me with null for an anonymous caller or an unknown token', async () => {
    expect(await app.api.ok(ME)).toEqual({ me: null });
    expect(await app.api.as('not-a-token').ok(ME)).toEqual({ me: null });
  });

  it('logout revokes the token', async () => {
    const user = await buildUser(app.db, { unit: tree.communeA });
    const api = await signIn(app.api, user);
    expect(await api.ok(LOGOUT)).toEqual({ logout: true });
    expect(await api.ok(ME)).toEqual({ me: null });
    expect(await api.code(`{ unitRoots { id } }`)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('an expired session no longer signs anyone in', async () => {
    const user = await buildUser(app.db, { unit: tree.communeA });
    const api = await signIn(app.api, user);
    expect((await api.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    await app.db.query(
      `UPDATE session SET expires_at = now() - interval '1 second'
        WHERE user_id = $1`,
      [user.id],
    );
    expect(await api.ok(ME)).toEqual({ me: null });
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown user', async () => {
    const user = await buildUser(app.db, { unit: tree.communeA });
    const wrong = await app.api.request(LOGIN, {
      input: { username: user.username, password: 'nope-nope' },
    });
    const unknown = await app.api.request(LOGIN, {
      input: { username: 'nobody.here', password: 'nope-nope' },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(unknown.errors?.[0].extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    const [{ n }] = await app.db.query(
      'SELECT count(*)::int AS n FROM session WHERE user_id = $1',
      [user.id],
    );
    expect(n).toBe(0);
  });

  it('throttles repeated failures, even with the right password afterwards', async () => {
    const user = await buildUser(app.db, { unit: tree.communeA });
    for (let i = 0; i < 3; i++) {
      const res = await app.api.request(LOGIN, {
        input: { username: user.username, password: `wrong-${i}` },
      });
      expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    }
    const blocked = await app.api.request(LOGIN, {
      input: { username: user.username, password: PASSWORD },
    });
    expect(blocked.errors?.[0].extensions?.code).toBe(ErrorCode.TOO_MANY_REQUESTS);
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);

    // Another account from the same address is not blocked by it.
    const other = await buildUser(app.db, { unit: tree.communeA });
    await expect(signIn(app.api, other)).resolves.toBeDefined();
  });

  it('counts failures across server processes: guesses spread over two are still blocked', async () => {
    const second = await startTestApp({ DATABASE_URL: app.databaseUrl, LOGIN_MAX_FAILURES: 3 });
    try {
      const user = await buildUser(app.db, { unit: tree.communeA });
      for (const [i, server] of [app, second, app].entries()) {
        const res = await server.api.request(LOGIN, {
          input: { username: user.username, password: `wrong-${i}` },
        });
        expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
      }
      for (const server of [app, second]) {
        const res = await server.api.request(LOGIN, {
          input: { username: user.username, password: PASSWORD },
        });
        expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.TOO_MANY_REQUESTS);
      }
    } finally {
      await second.stop();
    }
  });

  it('holds the count under a burst: 19 wrong passwords and the right one at once, over two processes', async () => {
    const second = await startTestApp({ DATABASE_URL: app.databaseUrl, LOGIN_MAX_FAILURES: 3 });
    try {
      for (let round = 0; round < 3; round++) {
        const user = await buildUser(app.db, { unit: tree.communeA });
        const attempt = (server: TestApp, password: string) =>
          server.api.request(LOGIN, { input: { username: user.username, password } });
        // The right one is sent last, so it arrives after the allowance is spent.
        const wrong = Array.from({ length: 19 }, (_, i) =>
          attempt(i % 2 ? second : app, `wrong-${i}`),
        );
        const answers = await Promise.all([...wrong, attempt(second, PASSWORD)]);
        const codes = answers.map((a) => a.errors?.[0].extensions?.code ?? 'SIGNED_IN');
        expect(codes).not.toContain('SIGNED_IN');
        // Only as many passwords as the limit were checked at all; the rest were refused unseen.
        expect(codes.filter((c) => c === ErrorCode.UNAUTHENTICATED).length).toBeLessThanOrEqual(3);
        expect(codes.at(-1)).toBe(ErrorCode.TOO_MANY_REQUESTS);
        const [{ n }] = await app.db.query(
          `SELECT count(*)::int AS n FROM session WHERE user_id = $1`,
          [user.id],
        );
        expect(n).toBe(0);
      }
    } finally {
      await second.stop();
    }
  });

  it('refuses a malformed sign-in with BAD_USER_INPUT', async () => {
    const res = await app.api.request(`mutation { login(input: { username: "x" }) { token } }`);
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('request hygiene', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => app.stop());

  it('tells browsers never to reinterpret an answer as another type', async () => {
    const answers = [
      await fetch(`${app.url}/healthz`),
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { user { id } } }' }),
      }),
      await fetch(`${app.url}/api/evidence/00000000-0000-4000-8000-000000000000`),
    ];
    expect(answers.map((a) => a.headers.get('x-content-type-options'))).toEqual([
      'nosniff',
      'nosniff',
      'nosniff',
    ]);
  });

  it('answers /healthz while the database is reachable', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('refuses queries nested too deep', async () => {
    const deep = `{ unitRoots { ${'children { '.repeat(12)} id ${'} '.repeat(12)} } }`;
    const res = await app.api.request(deep);
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses a simple cross-site form post (CSRF prevention)', async () => {
    const res = await fetch(
      `${app.url}/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`,
      {
        method: 'GET',
        headers: { accept: 'application/json' },
      },
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('refuses an id that is no id with BAD_USER_INPUT, without a stack trace', async () => {
    const token = await signIn(app.api, await buildUser(app.db, { unit: await buildUnit(app.db) }));
    const res = await token.request(`{ unit(id: "not-a-uuid") { id } }`);
    expect(res.errors?.[0].extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      refusal: 'INVALID_ID',
    });
  });
});
