import { useQuery } from '@apollo/client/react';
import { HonourEntryQuery } from '../graphql/honourEntry';

/** One entry of the honour roll by its certificate code; null when no entry has it. */
export function useHonourEntry(code: string) {
  const { data, loading, error } = useQuery(HonourEntryQuery, { variables: { code } });
  return {
    entry: data?.honourEntry ?? null,
    certificate: data?.verifyCertificate ?? null,
    loading: loading && !data,
    error,
  };
}
