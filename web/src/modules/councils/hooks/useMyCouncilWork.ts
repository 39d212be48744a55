import { skipToken, useQuery } from '@apollo/client/react';
import { MyCouncilWorkQuery } from '../graphql/myCouncilWork';

/** The councils the viewer sits on, each with what waits for them there (counted by the server). */
export function useMyCouncilWork(enabled = true) {
  const { data, loading, error } = useQuery(
    MyCouncilWorkQuery,
    enabled ? { fetchPolicy: 'cache-and-network' } : skipToken,
  );
  return { work: data?.myCouncilWork ?? [], answered: data !== undefined, loading, error };
}
