import { skipToken, useQuery } from '@apollo/client/react';
import { CandidacyHistoryQuery } from '../graphql/candidacyHistory';

/** One candidacy with its timeline; `promotedFrom` leads to the one a level below. */
export function useCandidacyHistory(id: string | null) {
  const { data, loading, error } = useQuery(
    CandidacyHistoryQuery,
    id ? { variables: { id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  return { candidacy: data?.candidacy ?? null, loading, error };
}
