/**
 * Seats on a review council. Council powers come from a seat on the council that holds the
 * candidacy, never from a global role.
 */
export const Seat = {
  CHAIR: 'CHAIR',
  VICE_CHAIR: 'VICE_CHAIR',
  SECRETARY: 'SECRETARY',
  MEMBER: 'MEMBER',
} as const;

export type Seat = (typeof Seat)[keyof typeof Seat];

export const SEATS: readonly Seat[] = Object.values(Seat);

/** Lists and documents show the chair first, then vice chair, secretary, members. */
export const SEAT_RANK: Record<Seat, number> = {
  [Seat.CHAIR]: 0,
  [Seat.VICE_CHAIR]: 1,
  [Seat.SECRETARY]: 2,
  [Seat.MEMBER]: 3,
};

/**
 * Orders people as lists and documents show them: by seat (`SEAT_RANK`), then, when a name is
 * given, by name in Vietnamese order.
 */
export const inSeatOrder =
  <T>(seatOf: (x: T) => Seat, nameOf?: (x: T) => string) =>
  (a: T, b: T): number =>
    SEAT_RANK[seatOf(a)] - SEAT_RANK[seatOf(b)] ||
    (nameOf ? nameOf(a).localeCompare(nameOf(b), 'vi') : 0);

/** The seats that lead a round: they see its results before the chair publishes them. */
export const LEADING_SEATS: readonly Seat[] = [Seat.CHAIR, Seat.VICE_CHAIR, Seat.SECRETARY];

/** The seat a person added to a council starts in. */
export const ORDINARY_SEAT: Seat = Seat.MEMBER;

/** Seats a council holds exactly one person in: the chair and the secretary run its rounds. */
export const SINGLE_SEATS = [Seat.CHAIR, Seat.SECRETARY] as const satisfies readonly Seat[];

export type SingleSeat = (typeof SINGLE_SEATS)[number];

/** The single seats a list of members does not fill exactly once. */
export const unfilledSingleSeats = (members: ReadonlyArray<{ seat: Seat }>): SingleSeat[] =>
  SINGLE_SEATS.filter((seat) => members.filter((m) => m.seat === seat).length !== 1);

/** Who signs a round's minutes: the chair presides, the secretary keeps them. */
export const MINUTES_SIGNERS = { presiding: Seat.CHAIR, keeping: Seat.SECRETARY } as const;

/** A review round moves through these, in order. */
export const RoundState = {
  DRAFT: 'DRAFT',
  SCORING: 'SCORING',
  VOTING: 'VOTING',
  CLOSED: 'CLOSED',
} as const;

export type RoundState = (typeof RoundState)[keyof typeof RoundState];
