import type { FieldPolicy } from '@apollo/client';

interface Page {
  nodes: unknown[];
}

/**
 * A list the server pages with `first` and `after`: a page asked for `after` a cursor extends
 * the list it continues, a page without one starts the list again (a new search, a refetch).
 * The cache keeps one list per value of `keyArgs`, the arguments that choose what is listed.
 */
export const pagedList = (keyArgs: string[]): FieldPolicy<Page> => ({
  keyArgs,
  merge: (existing, incoming, { args }) =>
    existing && args?.after
      ? { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] }
      : incoming,
});

/** Every paged list of the schema, so that loading more is only `fetchMore({ variables })`. */
export const pagedLists = {
  units: pagedList(['search', 'withinId', 'includeArchived']),
  users: pagedList(['unitId', 'search']),
  models: pagedList(['filter']),
  notifications: pagedList(['unreadOnly']),
  honourRoll: pagedList(['filter']),
};
