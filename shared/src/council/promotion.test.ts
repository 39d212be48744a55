import { CandidacyState } from '../lifecycle/states';
import { vi } from '../i18n/vi';
import { en } from '../i18n/en';
import { PROMOTION_BLOCKS, PromotionBlock, promotionBlock, type PromotionFacts } from './promotion';
import { RoundState, Seat } from './seats';

const ready: PromotionFacts = {
  seat: Seat.SECRETARY,
  roundState: RoundState.CLOSED,
  entry: { state: CandidacyState.RECOGNISED, recognition: 'EXEMPLARY', promoted: false },
  parent: { reviewClosesOn: '2026-06-30' },
  today: '2026-06-01',
  quota: 2,
  used: 1,
};

describe('promotionBlock', () => {
  it('lets an exemplary entry of a closed round go up within the quota', () => {
    expect(promotionBlock(ready)).toBeNull();
    expect(promotionBlock({ ...ready, parent: { reviewClosesOn: null } })).toBeNull();
    expect(promotionBlock({ ...ready, today: '2026-06-30' })).toBeNull();
  });

  it('names the first thing in the way', () => {
    expect(promotionBlock({ ...ready, seat: Seat.CHAIR })).toBe(PromotionBlock.NOT_SECRETARY);
    expect(promotionBlock({ ...ready, roundState: RoundState.VOTING })).toBe(
      PromotionBlock.ROUND_NOT_CLOSED,
    );
    expect(promotionBlock({ ...ready, entry: { ...ready.entry, promoted: true }, used: 2 })).toBe(
      PromotionBlock.ALREADY_PROMOTED,
    );
    expect(promotionBlock({ ...ready, entry: { ...ready.entry, recognition: 'EFFECTIVE' } })).toBe(
      PromotionBlock.NOT_EXEMPLARY,
    );
    expect(
      promotionBlock({
        ...ready,
        entry: { state: CandidacyState.NOT_RECOGNISED, recognition: null, promoted: false },
      }),
    ).toBe(PromotionBlock.NOT_EXEMPLARY);
    expect(promotionBlock({ ...ready, parent: null })).toBe(PromotionBlock.NO_PARENT_COUNCIL);
    expect(promotionBlock({ ...ready, today: '2026-07-01' })).toBe(
      PromotionBlock.PARENT_REVIEW_CLOSED,
    );
    expect(promotionBlock({ ...ready, used: 2 })).toBe(PromotionBlock.QUOTA_USED);
  });

  it('has words for every reason in both languages', () => {
    for (const block of PROMOTION_BLOCKS) {
      expect(vi.promotion.blocks[block]).toBeTruthy();
      expect(en.promotion.blocks[block]).toBeTruthy();
    }
  });
});
