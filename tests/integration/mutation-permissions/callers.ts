import { ROLES, SEATS, type Refusal, type Role } from '@vinh-danh/shared';
import type { Caller } from './types';

/** Every kind of caller: anonymous, each shared role and seat, in scope and out of it. */
export const CALLERS: readonly Caller[] = [
  'anonymous',
  'NO_SEAT',
  ...ROLES,
  ...ROLES.map((r) => `${r}@other` as const),
  ...ROLES.map((r) => `${r}@below` as const),
  ...SEATS,
  ...SEATS.map((s) => `${s}@other` as const),
  ...SEATS.map((s) => `${s}@above` as const),
];

export const SIGNED_IN: readonly Caller[] = CALLERS.filter((c) => c !== 'anonymous');

/** Every seat of the council the table calls on. */
export const SEATED: readonly Caller[] = SEATS;

/** The refusal of a role held out of scope: beside the rows, or below them (grants reach down). */
export const elsewhere = (role: Role, refusal: Refusal): Partial<Record<Caller, Refusal>> => ({
  [`${role}@other`]: refusal,
  [`${role}@below`]: refusal,
});
