import { useQuery } from '@apollo/client/react';
import type { HonourRollFilter } from '../../../gql/graphql';
import { pagesOf } from '../../common/paging';
import { HonourRollQuery } from '../graphql/honourRoll';

const PAGE = 20;

/** The honour roll, filtered, a page at a time over the server's keyset cursor. */
export function useHonourRoll(filter: HonourRollFilter) {
  const { data, loading, error, fetchMore } = useQuery(HonourRollQuery, {
    variables: { filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, hasMore, loadMore } = pagesOf(data?.honourRoll, fetchMore);
  return { entries: nodes, hasMore, loading, error, loadMore };
}
