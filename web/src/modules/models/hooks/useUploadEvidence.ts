import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { readToken } from '../../auth/token';
import { problemOfError, type Problem } from '../../common/errors';
import { ModelQuery } from '../graphql/model';

export interface UploadedEvidence {
  /** the model's version after the upload */
  modelVersion: number;
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

interface RestError {
  errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
}

/**
 * Evidence goes over plain HTTP (multipart), with the same token and error codes as GraphQL.
 * After an upload the model is fetched again, so its evidence list and version are the server's.
 */
export function useUploadEvidence(modelId: string) {
  const client = useApolloClient();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const upload = async (file: File): Promise<UploadedEvidence | null> => {
    setUploading(true);
    setProblem(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const token = readToken();
      const response = await fetch(`/api/models/${encodeURIComponent(modelId)}/evidence`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body,
      });
      const json = (await response.json().catch(() => ({}))) as Omit<
        UploadedEvidence,
        'modelVersion'
      > &
        RestError;
      if (!response.ok) {
        setProblem(problemOfError(json.errors?.[0]));
        return null;
      }
      const { data } = await client.query({
        query: ModelQuery,
        variables: { id: modelId },
        fetchPolicy: 'network-only',
      });
      return { ...json, modelVersion: data?.model.version ?? 0 };
    } catch {
      setProblem({ code: 'NETWORK' });
      return null;
    } finally {
      setUploading(false);
    }
  };

  return { upload, uploading, problem, clearProblem: () => setProblem(null) };
}
