import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ErrorCode, Role } from '@vinh-danh/shared';
import { buildTree, buildUser, signIn } from '../factories';
import { buildCampaign, registerModel } from '../factories/campaign';
import { ONE_PAGE_PDF as PDF } from '../factories/files';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

/**
 * Whatever the transport, a request is held to the same limits, and whatever a client sends
 * wrong is answered as its fault: a 4xx with a code, never a 500, and nothing changed.
 */

const nested = (depth: number) => `${'parent { '.repeat(depth)} id ${'} '.repeat(depth)}`;
const deep = (depth: number) => `{ me { user { unit { ${nested(depth)} } } } }`;
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { capabilities }`).join(' ')} }`;
const directives = (n: number) => `{ me ${'@include(if: true) '.repeat(n)} { capabilities } }`;
/** The same over the socket, where only subscriptions are taken. */
const FEED = (selection: string) => `subscription { notificationAdded { ${selection} } }`;
const CANDIDACIES = (unitId: string, selection: string) =>
  `subscription { candidacyChanged(unitId: "${unitId}") { ${selection} } }`;

/** Runs one operation over graphql-ws, as the web app's socket would, and says how it ended. */
const overSocket = (app: TestApp, token: string, query: string) =>
  new Promise<{ code?: string; refusal?: string; data?: unknown; ms: number }>((resolve) => {
    const started = Date.now();
    const client = createClient({
      url: `${app.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const done = (r: { code?: string; refusal?: string; data?: unknown }) => {
      void client.dispose();
      resolve({ ...r, ms: Date.now() - started });
    };
    client.subscribe(
      { query },
      {
        next: (v) =>
          v.errors ? done({ code: String(v.errors[0].extensions?.code) }) : done({ data: v.data }),
        error: (e) => {
          const first = (Array.isArray(e) ? e[0] : e) as {
            extensions?: { code?: string; refusal?: string };
            code?: number;
          };
          done({
            code: first?.extensions?.code ?? `closed ${first?.code}`,
            refusal: first?.extensions?.refusal,
          });
        },
        complete: () => undefined,
      },
    );
  });

const post = (app: TestApp, body: string, accept = 'application/json') =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body,
  });

describe('limits on every transport, and refusals answered as the client’s fault', () => {
  let app: TestApp;
  let api: GraphQLClient;
  let unitId: string;
  let campaignId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const tree = await buildTree(app.db);
    const officer = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    api = await signIn(app.api, officer);
    unitId = tree.communeA.id;
    campaignId = (await buildCampaign(app.db, { unit: tree.district, createdBy: officer.id })).id;
  });
  afterAll(() => app.stop());

  it('refuses over WebSocket what HTTP refuses: depth 30, 1,000 aliases, 500 directives, tokens', async () => {
    const refused = [
      CANDIDACIES(unitId, `unit { ${nested(30)} }`),
      FEED(Array.from({ length: 1000 }, (_, i) => `a${i}: id`).join(' ')),
      FEED(`id ${'@include(if: true) '.repeat(30)}`),
      FEED('id '.repeat(4000)),
      '{',
    ];
    for (const query of refused) {
      const res = await overSocket(app, api.token!, query);
      expect({ query: query.slice(0, 60), data: res.data, code: res.code }).toEqual({
        query: query.slice(0, 60),
        data: undefined,
        code: ErrorCode.BAD_USER_INPUT,
      });
      // Refused before it ran: at once, not after seconds of work.
      expect(res.ms).toBeLessThan(1000);
    }
  });

  it('takes only subscriptions over WebSocket: queries and mutations go over HTTP', async () => {
    const before = await snapshot(app.db);
    for (const query of ['{ me { capabilities } }', 'mutation { logout }']) {
      const res = await overSocket(app, api.token!, query);
      expect(res).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, refusal: 'SUBSCRIPTIONS_ONLY' });
    }
    expect(await api.request('{ me { user { id } } }')).toMatchObject({
      data: { me: expect.any(Object) },
    });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a socket message larger than a request body may be', async () => {
    const res = await overSocket(app, api.token!, FEED(`id # ${'x'.repeat(2 * 1024 * 1024)}`));
    expect(res.code).toBe('closed 1009');
  });

  it('answers a syntax error as the client’s fault whatever the Accept header', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
      const res = await post(app, JSON.stringify({ query: '{' }), accept);
      expect({ accept, status: res.status }).toEqual({ accept, status: 400 });
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    }
    // Asking only for a type GraphQL does not answer in is refused as such.
    expect((await post(app, JSON.stringify({ query: '{' }), 'text/html')).status).toBe(406);
  });

  it('answers a query over the token, alias or directive limit with 400 and a code', async () => {
    for (const query of [aliases(1000), directives(500), deep(30)]) {
      const res = await post(app, JSON.stringify({ query }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    }
  });

  it('refuses a malformed id in a list with INVALID_ID and changes nothing', async () => {
    const before = await snapshot(app.db);
    const res = await api.request(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unread } }`,
      {
        ids: ['x'],
      },
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      refusal: 'INVALID_ID',
    });
    const inline = await api.request(`mutation { markNotificationsRead(ids: ["x"]) { unread } }`);
    expect(inline.errors?.[0].extensions).toMatchObject({ refusal: 'INVALID_ID' });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a NUL byte or a control character in any text with BAD_USER_INPUT', async () => {
    const searches = [
      `query($s: String) { units(search: $s) { nodes { id } } }`,
      `query($s: String) { users(search: $s) { nodes { id } } }`,
      `query($s: String) { models(first: 5, filter: { search: $s }) { nodes { id } } }`,
    ];
    const { modelId } = await registerModel(api, { campaignId, unitId });
    const before = await snapshot(app.db);
    for (const query of searches) {
      for (const s of ['a\u0000b', 'a\u0007b']) {
        const res = await api.request(query, { s });
        expect({ query, code: res.errors?.[0].extensions?.code }).toEqual({
          query,
          code: ErrorCode.BAD_USER_INPUT,
        });
      }
    }
    // A file name is text too: raw in the part header, or encoded as RFC 5987 allows.
    const boundary = 'vinhdanh-boundary';
    const part = (disposition: string) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    for (const [disposition, refusal] of [
      ['filename="bien-ban\u0000.pdf"', 'UPLOAD_MALFORMED'],
      ["filename*=UTF-8''bien-ban%00.pdf", 'CONTROL_CHARACTERS'],
    ]) {
      const upload = await fetch(`${app.url}/api/models/${modelId}/evidence`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${api.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body: part(disposition),
      });
      const answer = (await upload.json()) as { errors: Array<{ extensions: unknown }> };
      expect({ status: upload.status, extensions: answer.errors[0].extensions }).toMatchObject({
        status: 400,
        extensions: { code: ErrorCode.BAD_USER_INPUT, refusal },
      });
    }
    // Written into the document rather than sent as a variable: refused the same.
    const inline = await api.request(`{ units(search: "a\\u0000b") { nodes { id } } }`);
    expect(inline.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot(app.db)).toEqual(before);
  });
});
