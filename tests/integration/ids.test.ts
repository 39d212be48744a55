import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@vinh-danh/shared';
import { buildAdmin, buildTree, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: Array<{ name: string; type: TypeRef; args: InputValue[] }> | null;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}

const REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECT = `{ __schema {
  queryType { name } mutationType { name }
  types { kind name
    fields { name type { ${REF} } args { name type { ${REF} } } }
    inputFields { name type { ${REF} } }
    enumValues { name } } } }`;

const MALFORMED = 'not-a-uuid';

/** The GraphQL spelling of a type reference, for a variable definition. */
const spell = (t: TypeRef): string =>
  t.kind === 'NON_NULL'
    ? `${spell(t.ofType!)}!`
    : t.kind === 'LIST'
      ? `[${spell(t.ofType!)}]`
      : t.name!;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

describe('ids are checked in one place', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let adminId: string;
  let types: Map<string, FullType>;
  let roots: string[];

  beforeAll(async () => {
    app = await startTestApp();
    const tree = await buildTree(app.db);
    const row = await buildAdmin(app.db, tree.province);
    adminId = row.id;
    admin = await signIn(app.api, row);
    const data = await admin.ok<{
      __schema: { queryType: { name: string }; mutationType: { name: string }; types: FullType[] };
    }>(INTROSPECT);
    types = new Map(data.__schema.types.map((t) => [t.name, t]));
    roots = [data.__schema.queryType.name, data.__schema.mutationType.name];
  });
  afterAll(() => app.stop());

  /** A well-formed value of a type: only what is required, ids real-looking. */
  const sample = (t: TypeRef): unknown => {
    if (t.kind === 'NON_NULL') return sample(t.ofType!);
    if (t.kind === 'LIST') return [sample(t.ofType!)];
    if (t.kind === 'ENUM') return types.get(t.name!)!.enumValues![0].name;
    if (t.kind === 'INPUT_OBJECT') {
      const fields = types.get(t.name!)!.inputFields!.filter((f) => f.type.kind === 'NON_NULL');
      return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
    }
    switch (t.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2026-01-01T00:00:00.000Z';
      default:
        return 'x';
    }
  };

  /** Where a list of ids sits in an argument: the field names down to it, through input objects. */
  const idListPaths = (t: TypeRef, path: string[], depth = 0): string[][] => {
    const bare = t.kind === 'NON_NULL' ? t.ofType! : t;
    if (bare.kind === 'LIST' && named(bare).name === 'ID') return [path];
    if (bare.kind !== 'INPUT_OBJECT' || depth > 3) return [];
    return types
      .get(bare.name!)!
      .inputFields!.flatMap((f) => idListPaths(f.type, [...path, f.name], depth + 1));
  };

  const cases = () =>
    roots.flatMap((root) =>
      types
        .get(root)!
        .fields!.flatMap((field) =>
          field.args.flatMap((arg) =>
            idListPaths(arg.type, [arg.name]).map((path) => ({ root, field, path })),
          ),
        ),
    );

  it('refuses a malformed id in every list argument with BAD_USER_INPUT, changing nothing', async () => {
    const all = cases();
    // markNotificationsRead's ids, a round's candidacyIds, an entry's memberIds at least
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((c) => c.path.at(-1))).toEqual(
      expect.arrayContaining(['ids', 'candidacyIds', 'memberIds']),
    );
    const before = await snapshot(app.db);
    for (const { root, field, path } of all) {
      const variables: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (arg.type.kind === 'NON_NULL' || arg.name === path[0])
          variables[arg.name] = sample(arg.type);
      }
      // Down to the list, making any optional input object on the way.
      let at = variables as Record<string, unknown>;
      for (const name of path.slice(0, -1)) {
        at[name] ??= {};
        at = at[name] as Record<string, unknown>;
      }
      at[path.at(-1)!] = [randomUUID(), MALFORMED];

      const defs = field.args
        .filter((a) => a.name in variables)
        .map((a) => `$${a.name}: ${spell(a.type)}`);
      const call = field.args
        .filter((a) => a.name in variables)
        .map((a) => `${a.name}: $${a.name}`);
      const returns = types.get(named(field.type).name!)!;
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(returns.kind)
        ? ' { __typename }'
        : '';
      const op = root === roots[0] ? 'query' : 'mutation';
      const res = await admin.request(
        `${op}(${defs.join(', ')}) { ${field.name}(${call.join(', ')})${selection} }`,
        variables,
      );
      const seen = {
        field: field.name,
        path: path.join('.'),
        errors: res.errors?.map((e) => e.extensions),
      };
      expect(seen).toEqual({
        ...seen,
        errors: [{ code: ErrorCode.BAD_USER_INPUT, refusal: 'INVALID_ID' }],
      });
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('leaves notifications unread when one id of the list is malformed', async () => {
    const [{ id }] = await app.db.query(
      `INSERT INTO notification (user_id, kind, message)
       VALUES ($1, 'ENDORSE', '{"modelTitle":"Đường làng","actorName":"Lò Văn A"}') RETURNING id`,
      [adminId],
    );
    const before = await snapshot(app.db);
    const res = await admin.request(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unread } }',
      { ids: [id, MALFORMED] },
    );
    expect(res.errors?.[0].extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      refusal: 'INVALID_ID',
    });
    expect(await snapshot(app.db)).toEqual(before);
    const [{ read_at }] = await app.db.query('SELECT read_at FROM notification WHERE id = $1', [
      id,
    ]);
    expect(read_at).toBeNull();
  });

  it('refuses a malformed id written in the document itself, in a list or alone', async () => {
    const listed = await admin.request(
      `mutation { markNotificationsRead(ids: ["${MALFORMED}"]) { unread } }`,
    );
    expect(listed.errors?.[0].extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      refusal: 'INVALID_ID',
    });
    const alone = await admin.request(`{ unit(id: "${MALFORMED}") { id } }`);
    expect(alone.errors?.[0].extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      refusal: 'INVALID_ID',
    });
  });
});
