import type { CandidacyState, Refusal, Role, RoundState, Seat } from '@vinh-danh/shared';
import type { BuiltCandidacy } from '../../factories/candidacy';
import type { SeatedCouncil } from '../../factories/council';
import type { BuiltRound } from '../../factories/round';
import type { buildTree, UnitRow, UserRow } from '../../factories';
import type { TestApp } from '../../support/app';

/**
 * Who calls. A role is granted on the province, so that it reaches every row of the table (in
 * scope); `@other`: on commune B, beside the rows; `@below`: on a unit inside commune A, below
 * every row (grants reach down, never up). A seat is on the district council whose rounds the
 * table calls on; `@other`: on commune B's council; `@above`: on the province's council, where
 * the district's entries go up to. `NO_SEAT` is signed in with neither a role nor a seat.
 */
export type Caller =
  | 'anonymous'
  | 'NO_SEAT'
  | Role
  | `${Role}@other`
  | `${Role}@below`
  | Seat
  | `${Seat}@other`
  | `${Seat}@above`;

/** What a call ended with: OK, or the refusal's code and key. */
export interface Outcome {
  code: string;
  refusal?: string;
}

export type Vars = Record<string, unknown>;

export interface World {
  app: TestApp;
  tree: Awaited<ReturnType<typeof buildTree>>;
  /** the province's campaign every candidacy belongs to */
  campaignId: string;
  /** the manager who made the fixtures */
  creator: UserRow;
  /** the district's People's Committee, which commends what the district's council proposes */
  issuerId: string;
  /** the district's council: seats on it are in scope */
  council: SeatedCouncil;
  /** commune B's council: seats on it are out of scope */
  other: SeatedCouncil;
  /** the province's council, above the district's */
  above: SeatedCouncil;
  /** a unit of its own under the commune, for what changes units and people */
  freshUnit(): Promise<UnitRow>;
  /** a candidacy of the commune, reached through the API */
  candidacy(state: CandidacyState): Promise<BuiltCandidacy>;
  /** a round of the district council in `state`, with entries of its own (one unless said) */
  round(
    state: RoundState,
    opts?: { assigned?: boolean; attended?: boolean; entries?: number },
  ): Promise<BuiltRound & { candidacyIds: string[] }>;
  /** a draft decision of a fresh proposed candidacy, as the campaign manager drafts it */
  drafted(): Promise<{ id: string; version: number; entries: Array<{ id: string }> }>;
  /** a candidacy the district council promoted: endorsed, in the province council's intake */
  promoted(): Promise<BuiltCandidacy>;
  /** an evidence file of a fresh draft model of the commune */
  evidence(): Promise<{ id: string; modelId: string }>;
  /** an unread notification of a person who is none of the callers */
  someoneElsesNotification(): Promise<string>;
  /** a short unique suffix */
  uniq(): string;
}

/**
 * One call of a mutation. `prepare` makes a target ready for it; its variables serve every
 * refused caller (a refusal changes nothing) and the first allowed one; each further allowed
 * caller gets a target of its own.
 */
export interface Case {
  /** when a mutation has several cases, what this one calls */
  name?: string;
  document: string;
  prepare(w: World): Promise<Vars>;
  allowed: readonly Caller[];
  /** the refusal every other signed-in caller gets; anonymous ones get UNAUTHENTICATED */
  refused: Refusal;
  /** callers refused otherwise */
  except?: Partial<Record<Caller, Refusal>>;
  /** an outcome reported in the data rather than as an error (bulk results) */
  outcome?(data: Record<string, unknown>): Outcome | null;
  /** even allowed callers change nothing: nothing there is theirs */
  changesNothing?: boolean;
  /** each caller uses a session of its own: the call ends the session it is made with */
  ownSession?: boolean;
  /** one target serves every allowed caller (each may do it once, or again) */
  sharedTarget?: boolean;
  /** anonymous callers are allowed too */
  public?: boolean;
}

/** Every mutation of the schema, by name, and its cases. A diff here is a permission change. */
export type Table = Record<string, readonly Case[]>;
