import {
  availableRoundActions,
  ROUND_FINAL_STATES,
  ROUND_ORDER,
  roundWindow,
  ROUND_OPENING,
  ROUND_TABLE,
  RoundOperation,
  seatRefusal,
  validateRoundTable,
} from './round-lifecycle';
import { inSeatOrder, RoundState, Seat, unfilledSingleSeats } from './seats';

describe('the round lifecycle table', () => {
  it('is sound: every state reached, closed the only end, one way on from the others', () => {
    expect(validateRoundTable(ROUND_TABLE)).toEqual([]);
  });

  it('finds a table with a dead end or an unreachable state', () => {
    const broken = {
      ...ROUND_TABLE,
      START_VOTING: { ...ROUND_TABLE.START_VOTING, from: [RoundState.CLOSED] },
    };
    expect(validateRoundTable(broken)).toEqual([
      'SCORING must have exactly one way on, has 0',
      'VOTING cannot be reached from DRAFT',
      'CLOSED cannot be reached from DRAFT',
      'CLOSED must be the end, not move on',
    ]);
  });

  it('gives each seat what it may do now', () => {
    expect(availableRoundActions(RoundState.VOTING, Seat.CHAIR)).toEqual([
      RoundOperation.CAST_BALLOT,
      RoundOperation.CLOSE,
      RoundOperation.PUBLISH,
    ]);
    expect(availableRoundActions(RoundState.DRAFT, Seat.SECRETARY)).toEqual([
      'ADD_ENTRIES',
      'RETURN_ENTRY',
      'ASSIGN',
      'SET_REVIEWERS',
      'DECLARE_CONFLICT',
      'START_SCORING',
    ]);
    expect(availableRoundActions(RoundState.SCORING, Seat.MEMBER)).toEqual([
      'DECLARE_CONFLICT',
      'SUBMIT_SCORES',
    ]);
    expect(availableRoundActions(RoundState.CLOSED, null)).toEqual([]);
  });

  it('opens a round as a draft by the secretary and ends it closed', () => {
    expect([ROUND_OPENING.to, ROUND_OPENING.seats]).toEqual([RoundState.DRAFT, [Seat.SECRETARY]]);
    expect(ROUND_FINAL_STATES).toEqual([RoundState.CLOSED]);
  });

  it('tells the members when scoring and voting open and when results are published', () => {
    const told = Object.entries(ROUND_TABLE).filter(([, r]) => r.notify);
    expect(told.map(([op, r]) => [op, r.notify])).toEqual([
      ['START_SCORING', 'SCORING_OPEN'],
      ['START_VOTING', 'VOTING_OPEN'],
      ['PUBLISH', 'RESULTS_PUBLISHED'],
    ]);
  });
});

describe('unfilledSingleSeats', () => {
  it('names the chair and the secretary unless each is held exactly once', () => {
    const m = (...seats: Seat[]) => seats.map((seat) => ({ seat }));
    expect(unfilledSingleSeats(m(Seat.CHAIR, Seat.SECRETARY, Seat.MEMBER))).toEqual([]);
    expect(unfilledSingleSeats(m(Seat.CHAIR, Seat.CHAIR, Seat.MEMBER))).toEqual([
      Seat.CHAIR,
      Seat.SECRETARY,
    ]);
  });
});

describe('inSeatOrder', () => {
  it('puts the chair first, then vice chair, secretary and members, each by name', () => {
    const people = [
      { seat: Seat.MEMBER, name: 'Đào' },
      { seat: Seat.SECRETARY, name: 'Bình' },
      { seat: Seat.MEMBER, name: 'An' },
      { seat: Seat.CHAIR, name: 'Yến' },
      { seat: Seat.VICE_CHAIR, name: 'Cúc' },
    ];
    const order = (byName: boolean) =>
      [...people]
        .sort(inSeatOrder((p) => p.seat, byName ? (p) => p.name : undefined))
        .map((p) => p.name);
    expect(order(true)).toEqual(['Yến', 'Cúc', 'Bình', 'An', 'Đào']);
    expect(order(false)).toEqual(['Yến', 'Cúc', 'Bình', 'Đào', 'An']);
  });
});

describe('seatRefusal', () => {
  it('names the seat that does a step: the secretary for running the round, the chair for deciding it', () => {
    expect(seatRefusal(ROUND_TABLE.START_SCORING.seats!)).toBe('ONLY_SECRETARY');
    expect(seatRefusal(ROUND_TABLE.PROMOTE.seats!)).toBe('ONLY_SECRETARY');
    expect(seatRefusal(ROUND_TABLE.CLOSE.seats!)).toBe('ONLY_CHAIR');
    expect(seatRefusal(ROUND_OPENING.seats)).toBe('ONLY_SECRETARY');
  });
});

describe('roundWindow', () => {
  it('walks the states in the order of the table and places each operation in it', () => {
    expect(ROUND_ORDER).toEqual(['DRAFT', 'SCORING', 'VOTING', 'CLOSED']);
    const windows = (op: RoundOperation) => ROUND_ORDER.map((s) => roundWindow(op, s));
    expect(windows(RoundOperation.SUBMIT_SCORES)).toEqual(['before', 'open', 'after', 'after']);
    expect(windows(RoundOperation.CAST_BALLOT)).toEqual(['before', 'before', 'open', 'after']);
    expect(windows(RoundOperation.DECLARE_CONFLICT)).toEqual(['open', 'open', 'after', 'after']);
  });
});
