import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { refuseRequest } from './errors';

/**
 * The one set of limits on a request, whatever carries it: HTTP (Apollo) and WebSocket
 * (graphql-ws) take them from here, so that no transport lets through what another refuses.
 * Within them a request is cheap to refuse (the parser stops at the token limit) and bounded
 * in what it may ask for, so no one request can hold the process for the others.
 */
export const LIMITS = {
  depth: 10,
  aliases: 20,
  directives: 20,
  tokens: 3000,
  cost: 10000,
  /** a request body or a WebSocket message */
  bytes: 1024 * 1024,
} as const;

/** The parser's own token limit: a refusal with 400, where graphql-armor's plugin gave 500. */
export const parseOptions: ParseOptions = { maxTokens: LIMITS.tokens };

const armor = new ApolloArmor({
  // Depth counts fields, not fragment spreads: a shared fragment costs no depth of its own.
  maxDepth: { n: LIMITS.depth, flattenFragments: true },
  maxAliases: { n: LIMITS.aliases },
  maxDirectives: { n: LIMITS.directives },
  maxTokens: { enabled: false }, // `parseOptions` does it, once
  costLimit: { maxCost: LIMITS.cost },
  blockFieldSuggestion: { enabled: true },
});
const protection = armor.protect();

/**
 * C0 controls and DEL, but tab and line breaks, which multi-line texts carry. PostgreSQL
 * cannot store NUL in text at all; the others have no business in names and dossiers.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether a value, or any string within it, holds a control character. */
export const hasControlCharacters = (value: unknown): boolean => {
  if (typeof value === 'string') return CONTROL.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacters);
  if (value && typeof value === 'object') return Object.values(value).some(hasControlCharacters);
  return false;
};

/** Text written into the document itself. */
const noControlCharacters: ValidationRule = (context) => ({
  StringValue(node) {
    if (CONTROL.test(node.value)) context.reportError(refuseRequest('CONTROL_CHARACTERS'));
  },
});

/** Rules beyond the specification's, for every transport. */
export const validationRules: ValidationRule[] = [
  ...protection.validationRules,
  noControlCharacters,
];

/** Text sent in variables, checked once the operation is known and before it runs. */
const variablesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        if (hasControlCharacters(request.variables)) throw refuseRequest('CONTROL_CHARACTERS');
      },
    };
  },
};

/** What Apollo adds to its own parsing and validation. */
export const apolloPlugins: ApolloServerPlugin[] = [...protection.plugins, variablesPlugin];

/**
 * A WebSocket operation, checked as Apollo checks an HTTP one, and then some: only
 * subscriptions go over the socket (the web sends nothing else there), so that queries and
 * mutations meet HTTP's CSRF prevention, sign-in throttling by address and status codes.
 */
export const checkSocketOperation = (
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: unknown },
): { document: DocumentNode } | { errors: GraphQLError[] } => {
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
  if (errors.length) return { errors: [...errors] };
  if (hasControlCharacters(payload.variables)) {
    return { errors: [refuseRequest('CONTROL_CHARACTERS')] };
  }
  const operation = getOperationAST(document, payload.operationName);
  if (operation?.operation !== 'subscription') {
    return { errors: [refuseRequest('SUBSCRIPTIONS_ONLY')] };
  }
  return { document };
};
