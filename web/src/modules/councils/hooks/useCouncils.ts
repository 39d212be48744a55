import { skipToken, useQuery } from '@apollo/client/react';
import { CouncilsQuery } from '../graphql/councils';

/** Councils the viewer sits on, or that their roles reach. */
export function useCouncils(enabled = true) {
  const { data, loading, error } = useQuery(CouncilsQuery, enabled ? {} : skipToken);
  return { councils: data?.councils ?? [], answered: data !== undefined, loading, error };
}
