import { Recognition } from '../scoring/tally';
import { CandidacyAction, OpeningAction } from '../lifecycle/table';
import { CouncilEvent, notificationKindOf } from './kinds';

describe('notificationKindOf', () => {
  it('tells a promotion as the council event and a registration as nothing', () => {
    expect(notificationKindOf(OpeningAction.PROMOTED)).toBe(CouncilEvent.PROMOTED);
    expect(notificationKindOf(OpeningAction.REGISTER)).toBeNull();
  });

  it('tells a transition by its action, a recognition by its level', () => {
    expect(notificationKindOf(CandidacyAction.RETURN)).toBe(CandidacyAction.RETURN);
    expect(notificationKindOf(CandidacyAction.RECOGNISE, Recognition.EXEMPLARY)).toBe(
      CouncilEvent.RECOGNISED_EXEMPLARY,
    );
  });
});
