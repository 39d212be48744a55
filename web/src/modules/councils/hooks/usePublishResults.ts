import { useMutation } from '@apollo/client/react';
import { PublishResultsMutation } from '../graphql/publishResults';

export function usePublishResults() {
  const [mutate, { loading, error, reset }] = useMutation(PublishResultsMutation);
  const publishResults = async (roundId: string) =>
    (await mutate({ variables: { roundId } })).data ?? null;
  return { publishResults, loading, error, reset };
}
