import { CouncilEvent, type RoundEvent } from '../notifications/kinds';
import { RoundState, Seat } from './seats';

/** Everything that can be done to a round or in it, by a seat on its council. */
export const RoundOperation = {
  ADD_ENTRIES: 'ADD_ENTRIES',
  RETURN_ENTRY: 'RETURN_ENTRY',
  ASSIGN: 'ASSIGN',
  SET_REVIEWERS: 'SET_REVIEWERS',
  DECLARE_CONFLICT: 'DECLARE_CONFLICT',
  START_SCORING: 'START_SCORING',
  SUBMIT_SCORES: 'SUBMIT_SCORES',
  START_VOTING: 'START_VOTING',
  CAST_BALLOT: 'CAST_BALLOT',
  RECORD_ATTENDANCE: 'RECORD_ATTENDANCE',
  CLOSE: 'CLOSE',
  PUBLISH: 'PUBLISH',
  PROMOTE: 'PROMOTE',
} as const;

export type RoundOperation = (typeof RoundOperation)[keyof typeof RoundOperation];

export interface RoundRule {
  /** the states the round may be in */
  from: readonly RoundState[];
  /** where the operation moves the round, if it moves it */
  to?: RoundState;
  /** the seats that may do it; `null`: any member (whether they may on this entry is the service's) */
  seats: readonly Seat[] | null;
  /** named in a refusal's details */
  step: string;
  /** what the round's members are told when it is done */
  notify?: RoundEvent;
}

const { DRAFT, SCORING, VOTING, CLOSED } = RoundState;
const SECRETARY = [Seat.SECRETARY];
const CHAIR = [Seat.CHAIR];

/**
 * The round's lifecycle as data: draft → scoring → voting → closed. The secretary runs the round,
 * the chair closes it and publishes the ranking, every member scores and votes. The server checks
 * every operation against this table (`requireOperation`), the round sends the viewer's
 * `availableActions` from it, and the web shows only those.
 */
export const ROUND_TABLE: Readonly<Record<RoundOperation, RoundRule>> = {
  ADD_ENTRIES: { from: [DRAFT, SCORING], seats: SECRETARY, step: 'Taking entries in' },
  RETURN_ENTRY: { from: [DRAFT, SCORING, VOTING], seats: SECRETARY, step: 'Returning an entry' },
  ASSIGN: { from: [DRAFT], seats: SECRETARY, step: 'Assigning' },
  SET_REVIEWERS: { from: [DRAFT, SCORING], seats: SECRETARY, step: 'Assigning' },
  DECLARE_CONFLICT: {
    from: [DRAFT, SCORING],
    seats: null,
    step: 'Declaring a conflict of interest',
  },
  START_SCORING: {
    from: [DRAFT],
    to: SCORING,
    seats: SECRETARY,
    step: 'Moving to scoring',
    notify: CouncilEvent.SCORING_OPEN,
  },
  SUBMIT_SCORES: { from: [SCORING], seats: null, step: 'Scoring' },
  START_VOTING: {
    from: [SCORING],
    to: VOTING,
    seats: SECRETARY,
    step: 'Moving to voting',
    notify: CouncilEvent.VOTING_OPEN,
  },
  CAST_BALLOT: { from: [VOTING], seats: null, step: 'Voting' },
  RECORD_ATTENDANCE: { from: [VOTING], seats: SECRETARY, step: 'Recording attendance' },
  CLOSE: { from: [VOTING], to: CLOSED, seats: CHAIR, step: 'Closing' },
  PUBLISH: {
    from: [SCORING, VOTING, CLOSED],
    seats: CHAIR,
    step: 'Publishing',
    notify: CouncilEvent.RESULTS_PUBLISHED,
  },
  PROMOTE: { from: [CLOSED], seats: SECRETARY, step: 'Promoting' },
};

/**
 * The refusal a step open only to `seats` gives anyone else: it names who does the step, the
 * secretary for the steps that run the round, the chair for those that decide it.
 */
export const seatRefusal = (seats: readonly Seat[]): 'ONLY_SECRETARY' | 'ONLY_CHAIR' =>
  seats.includes(Seat.SECRETARY) ? 'ONLY_SECRETARY' : 'ONLY_CHAIR';

/** How a round comes to be: the secretary opens one, as a draft. */
export const ROUND_OPENING: Readonly<{ to: RoundState; seats: readonly Seat[]; step: string }> = {
  to: DRAFT,
  seats: SECRETARY,
  step: 'Opening a round',
};

/** The states no operation moves a round out of: its work is over. */
export const ROUND_FINAL_STATES: readonly RoundState[] = Object.values(RoundState).filter(
  (s) => !Object.values(ROUND_TABLE).some((r) => r.to !== undefined && r.from.includes(s)),
);

/** The round's states in the order its lifecycle walks them (the moves of the table). */
export const ROUND_ORDER: readonly RoundState[] = (() => {
  const order: RoundState[] = [ROUND_OPENING.to];
  for (;;) {
    const last = order[order.length - 1];
    const move = Object.values(ROUND_TABLE).find((r) => r.to && r.from.includes(last));
    if (!move || order.includes(move.to!)) return order;
    order.push(move.to!);
  }
})();

/** Where a round in `state` stands for an operation: not possible yet, possible now, or past. */
export const roundWindow = (
  operation: RoundOperation,
  state: RoundState,
): 'before' | 'open' | 'after' => {
  const { from } = ROUND_TABLE[operation];
  if (from.includes(state)) return 'open';
  const first = Math.min(...from.map((s) => ROUND_ORDER.indexOf(s)));
  return ROUND_ORDER.indexOf(state) < first ? 'before' : 'after';
};

/** What a seat may do to a round in its state, in the table's order. */
export const availableRoundActions = (
  state: RoundState,
  seat: Seat | null,
  table: Readonly<Record<RoundOperation, RoundRule>> = ROUND_TABLE,
): RoundOperation[] =>
  (Object.keys(table) as RoundOperation[]).filter((op) => {
    const rule = table[op];
    return (
      seat !== null &&
      rule.from.includes(state) &&
      (rule.seats === null || rule.seats.includes(seat))
    );
  });

/**
 * Problems with a round table, for the start-up check and its test: every state reachable from
 * draft by the moving operations, closed the only end, one way out of every other state, and
 * every operation possible in some state for some seat.
 */
export const validateRoundTable = (
  table: Readonly<Record<RoundOperation, RoundRule>>,
): string[] => {
  const problems: string[] = [];
  const moves = Object.entries(table).filter(([, r]) => r.to !== undefined);
  const reached = new Set<RoundState>([DRAFT]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [, r] of moves) {
      if (r.from.some((s) => reached.has(s)) && !reached.has(r.to!)) {
        reached.add(r.to!);
        grew = true;
      }
    }
  }
  for (const state of Object.values(RoundState)) {
    if (!reached.has(state)) problems.push(`${state} cannot be reached from ${DRAFT}`);
    const out = moves.filter(([, r]) => r.from.includes(state));
    if (state === CLOSED && out.length) problems.push(`${CLOSED} must be the end, not move on`);
    if (state !== CLOSED && out.length !== 1)
      problems.push(`${state} must have exactly one way on, has ${out.length}`);
  }
  for (const [op, r] of Object.entries(table)) {
    if (!r.from.length) problems.push(`${op} is possible in no state`);
    if (r.seats && !r.seats.length) problems.push(`${op} is open to no seat`);
  }
  return problems;
};
