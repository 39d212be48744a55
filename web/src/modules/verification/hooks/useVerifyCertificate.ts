import { useQuery } from '@apollo/client/react';
import { VerifyCertificateQuery } from '../graphql/verifyCertificate';

/** The certificate with this code, asked afresh each time: an annulment must show at once. */
export function useVerifyCertificate(code: string | null) {
  const { data, loading, error } = useQuery(VerifyCertificateQuery, {
    variables: { code: code ?? '' },
    skip: !code,
    fetchPolicy: 'network-only',
  });
  return {
    certificate: data?.verifyCertificate ?? null,
    answered: data !== undefined,
    loading,
    error,
  };
}
