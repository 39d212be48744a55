import { skipToken, useQuery } from '@apollo/client/react';
import type { RankBy } from '@vinh-danh/shared';
import { RoundRankingQuery } from '../graphql/ranking';

/**
 * The round's ranking, by the council's rule or the one asked for. Members other than the
 * chair, vice chair and secretary get FORBIDDEN until the chair publishes: `skip` then.
 */
export function useRanking(roundId: string, rankBy: RankBy | null, skip = false) {
  const { data, loading, error } = useQuery(
    RoundRankingQuery,
    skip ? skipToken : { variables: { id: roundId, rankBy }, fetchPolicy: 'cache-and-network' },
  );
  return { rows: data?.round.ranking ?? [], loading, error };
}
