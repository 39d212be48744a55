import { useMutation } from '@apollo/client/react';
import { RecordAttendanceMutation } from '../graphql/recordAttendance';

export interface AttendanceMark {
  memberId: string;
  present: boolean;
  writtenOpinion?: string | null;
}

export function useRecordAttendance() {
  const [mutate, { loading, error, reset }] = useMutation(RecordAttendanceMutation);
  const record = async (roundId: string, mark: AttendanceMark) =>
    (await mutate({ variables: { input: { roundId, ...mark } } })).data ?? null;
  return { record, loading, error, reset };
}
