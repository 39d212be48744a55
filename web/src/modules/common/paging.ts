interface Connection<N> {
  nodes: N[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * What a paged list's hook returns of its connection: the nodes so far, whether there are more,
 * and how to load the next page. The cache's type policies (`app/pagination.ts`) extend the
 * list, so loading more only asks for the page after the last cursor.
 */
export const pagesOf = <N>(
  page: Connection<N> | undefined,
  fetchMore: (options: { variables: { after: string | null } }) => Promise<unknown>,
) => ({
  nodes: page?.nodes ?? [],
  hasMore: page?.pageInfo.hasNextPage ?? false,
  loadMore: async (): Promise<void> => {
    if (!page?.pageInfo.hasNextPage) return;
    await fetchMore({ variables: { after: page.pageInfo.endCursor } });
  },
});
