import { skipToken, useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/me';

/** The signed-in viewer; `null` once the server has said there is no session. */
export function useMe(hasToken: boolean) {
  const { data, loading, error } = useQuery(MeQuery, hasToken ? {} : skipToken);
  return { viewer: data?.me ?? null, answered: data !== undefined, loading, error };
}
