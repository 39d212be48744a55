import {
  GraphQLDirective,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLUnionType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgumentConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLNamedType,
  type GraphQLType,
  type ValueNode,
} from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing, and must not reach PostgreSQL as a cast error. */
export const isId = (value: string): boolean => UUID.test(value);

/**
 * Thrown by the ID scalar for a value that is no id. Not a GraphQLError on purpose: graphql-js
 * keeps a plain error as the `originalError` of the refusal it words, where it drops a
 * GraphQLError's, so the error formatter can still tell an id refusal (INVALID_ID).
 */
export class InvalidIdError extends Error {
  constructor() {
    super('That id is not valid.');
    this.name = 'InvalidIdError';
  }
}

const checked = (value: unknown): string => {
  if (typeof value !== 'string' || !isId(value)) throw new InvalidIdError();
  return value;
};

/**
 * The schema's ID: the standard scalar, which refuses anything but a UUID wherever it is an
 * input (an argument, an input field, an item of a list), before a resolver runs.
 */
export const IdScalar = new GraphQLScalarType({
  name: 'ID',
  description: GraphQLID.description,
  serialize: GraphQLID.serialize,
  parseValue: (value) => checked(GraphQLID.parseValue(value)),
  parseLiteral: (node: ValueNode) => checked(GraphQLID.parseLiteral(node)),
});

const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/**
 * The same schema with every use of ID on the checked scalar, resolvers untouched. type-graphql
 * writes graphql-js's own ID into every field it builds; rebuilding the types around the checked
 * one (as graphql-js's lexicographicSortSchema rebuilds a schema) is one place for every id.
 */
export const withCheckedIds = (schema: GraphQLSchema): GraphQLSchema => {
  const config = schema.toConfig();
  const made = new Map<string, GraphQLNamedType>();
  const named = <T extends GraphQLNamedType>(type: T): T =>
    (type.name === 'ID' ? IdScalar : (made.get(type.name) ?? type)) as T;
  const ref = <T extends GraphQLType>(type: T): T => {
    if (isListType(type)) return new GraphQLList(ref(type.ofType)) as T;
    if (isNonNullType(type)) return new GraphQLNonNull(ref(type.ofType)) as T;
    return named(type as GraphQLNamedType) as T;
  };
  const args = (map: GraphQLFieldConfigArgumentMap) =>
    mapValues(map, (a): GraphQLArgumentConfig => ({ ...a, type: ref(a.type) }));

  for (const type of config.types) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      const c = type.toConfig();
      made.set(
        c.name,
        new GraphQLObjectType({
          ...c,
          interfaces: () => c.interfaces.map(named),
          fields: () =>
            mapValues(c.fields, (f) => ({ ...f, type: ref(f.type), args: args(f.args ?? {}) })),
        }),
      );
    } else if (isInterfaceType(type)) {
      const c = type.toConfig();
      made.set(
        c.name,
        new GraphQLInterfaceType({
          ...c,
          interfaces: () => c.interfaces.map(named),
          fields: () =>
            mapValues(c.fields, (f) => ({ ...f, type: ref(f.type), args: args(f.args ?? {}) })),
        }),
      );
    } else if (isUnionType(type)) {
      const c = type.toConfig();
      made.set(c.name, new GraphQLUnionType({ ...c, types: () => c.types.map(named) }));
    } else if (isInputObjectType(type)) {
      const c = type.toConfig();
      made.set(
        c.name,
        new GraphQLInputObjectType({
          ...c,
          fields: () => mapValues(c.fields, (f) => ({ ...f, type: ref(f.type) })),
        }),
      );
    }
  }
  return new GraphQLSchema({
    ...config,
    query: config.query && named(config.query),
    mutation: config.mutation && named(config.mutation),
    subscription: config.subscription && named(config.subscription),
    // in the same order, so that the printed schema stays as it was
    types: config.types.filter((t) => !t.name.startsWith('__')).map(named),
    directives: config.directives.map((d) => {
      const c = d.toConfig();
      return new GraphQLDirective({ ...c, args: args(c.args) });
    }),
  });
};
