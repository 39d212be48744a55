import { graphql } from '../../../gql';

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      ...RoundFields
    }
  }
`);
