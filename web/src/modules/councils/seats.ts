import { Seat, type Seat as SeatT } from '@vinh-danh/shared';

/** Lists show the chair first, then vice chair, secretary, members. */
export const SEAT_RANK: Record<SeatT, number> = {
  [Seat.CHAIR]: 0,
  [Seat.VICE_CHAIR]: 1,
  [Seat.SECRETARY]: 2,
  [Seat.MEMBER]: 3,
};

/** Who sees the ranking before it is published (the server decides; this only avoids asking). */
export const LEADING_SEATS: readonly SeatT[] = [Seat.CHAIR, Seat.VICE_CHAIR, Seat.SECRETARY];
