import {
  availableRoundActions,
  ROUND_TABLE,
  RoundOperation,
  validateRoundTable,
} from './round-lifecycle';
import { RoundState, Seat } from './seats';

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
});
