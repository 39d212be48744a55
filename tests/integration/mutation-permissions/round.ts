import { CandidacyState as S, RoundState as R, Seat } from '@vinh-danh/shared';
import type { Case, Table } from './types';

const step = (mutation: string): string =>
  `mutation($roundId: ID!) { ${mutation}(roundId: $roundId) { id } }`;

const bySecretary = (c: Omit<Case, 'allowed' | 'refused'>): Case => ({
  ...c,
  allowed: [Seat.SECRETARY],
  refused: 'ONLY_SECRETARY',
});

const byChair = (c: Omit<Case, 'allowed' | 'refused'>): Case => ({
  ...c,
  allowed: [Seat.CHAIR],
  refused: 'ONLY_CHAIR',
});

/**
 * A round's lifecycle: its council's secretary runs it, its chair closes it and shows the
 * results. Seats on another council, and roles however high, give none of it.
 */
export const ROUND: Table = {
  openRound: [
    bySecretary({
      document: `mutation($input: OpenRoundInput!) { openRound(input: $input) { id } }`,
      prepare: async (w) => ({ input: { councilId: w.council.id, name: 'Phiên xét duyệt' } }),
      sharedTarget: true,
    }),
  ],
  addRoundEntries: [
    bySecretary({
      document: `mutation($input: RoundEntriesInput!) { addRoundEntries(input: $input) { id } }`,
      prepare: async (w) => {
        const [round, c] = [await w.round(R.DRAFT, { entries: 0 }), await w.candidacy(S.ENDORSED)];
        return { input: { roundId: round.roundId, candidacyIds: [c.candidacyId] } };
      },
    }),
  ],
  returnRoundEntry: [
    bySecretary({
      document: `mutation($input: ReturnEntryInput!) { returnRoundEntry(input: $input) { id } }`,
      prepare: async (w) => {
        const r = await w.round(R.DRAFT);
        const input = {
          roundId: r.roundId,
          candidacyId: r.candidacyIds[0],
          reason: 'Thiếu số liệu',
        };
        return { input };
      },
    }),
  ],
  startScoring: [
    bySecretary({
      document: step('startScoring'),
      prepare: async (w) => ({ roundId: (await w.round(R.DRAFT, { assigned: true })).roundId }),
    }),
  ],
  startVoting: [
    bySecretary({
      document: step('startVoting'),
      prepare: async (w) => ({ roundId: (await w.round(R.SCORING)).roundId }),
    }),
  ],
  recordAttendance: [
    bySecretary({
      document: `mutation($input: AttendanceInput!) { recordAttendance(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          roundId: (await w.round(R.VOTING)).roundId,
          memberId: w.council.seats[Seat.MEMBER].memberId,
          present: true,
        },
      }),
    }),
  ],
  closeRound: [
    byChair({
      document: step('closeRound'),
      prepare: async (w) => ({ roundId: (await w.round(R.VOTING, { attended: true })).roundId }),
    }),
  ],
  publishResults: [
    byChair({
      document: step('publishResults'),
      prepare: async (w) => ({ roundId: (await w.round(R.VOTING)).roundId }),
    }),
  ],
  promoteEntries: [
    bySecretary({
      document: `mutation($input: RoundEntriesInput!) { promoteEntries(input: $input) { id } }`,
      prepare: async (w) => {
        const r = await w.round(R.CLOSED);
        return { input: { roundId: r.roundId, candidacyIds: r.candidacyIds } };
      },
    }),
  ],
};
