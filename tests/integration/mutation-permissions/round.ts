import { CandidacyState as S, RoundState as R, Seat } from '@vinh-danh/shared';
import { review } from '../../support/review';
import type { Case, Table, World } from './types';

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

/** Its secretary takes a candidacy of the district council's into a round of another council. */
const intoAnother = (council: 'other' | 'above', name: string): Case => ({
  name,
  document: `mutation($input: RoundEntriesInput!) { addRoundEntries(input: $input) { id } }`,
  prepare: async (w: World) => {
    const round = await review.open(w[council].seats[Seat.SECRETARY].api, w[council].id);
    const c = await w.candidacy(S.ENDORSED);
    return { input: { roundId: round.id, candidacyIds: [c.candidacyId] } };
  },
  allowed: [],
  refused: 'ONLY_SECRETARY',
  except: { [`${Seat.SECRETARY}@${council}`]: 'OUTSIDE_COUNCIL_SCOPE' },
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
    // A council takes only what belongs to it: not a commune's, nor what a nearer one takes.
    intoAnother('other', 'commune A’s candidacy, into commune B council’s own round'),
    intoAnother('above', 'commune A’s candidacy, into the province council’s own round'),
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
