import { ErrorCode } from '../codes';

interface RefusalSpec<P extends readonly string[] = readonly string[]> {
  /** the class of refusal, sent as `extensions.code` (what tests and clients branch on) */
  code: ErrorCode;
  /** what the message names, sent in `extensions.params` and interpolated as {{name}} */
  params: P;
}

const r = <const P extends readonly string[]>(code: ErrorCode, ...params: P): RefusalSpec<P> => ({
  code,
  params,
});

/**
 * Every refusal the server can send, as data: `extensions.refusal` carries the key, and both
 * languages word it in i18n `errors.<key>`. The generic keys (one per ErrorCode) serve refusals
 * that need no more words than their class. A new refusal is added here first; a unit test
 * finds its wording in both languages, and another that the server throws no key missing here.
 */
export const REFUSALS = {
  UNAUTHENTICATED: r(ErrorCode.UNAUTHENTICATED),
  FORBIDDEN: r(ErrorCode.FORBIDDEN),
  NOT_FOUND: r(ErrorCode.NOT_FOUND),
  BAD_USER_INPUT: r(ErrorCode.BAD_USER_INPUT),
  CONFLICT: r(ErrorCode.CONFLICT),
  DEADLINE_PASSED: r(ErrorCode.DEADLINE_PASSED),
  QUOTA_EXCEEDED: r(ErrorCode.QUOTA_EXCEEDED),
  TOO_MANY_REQUESTS: r(ErrorCode.TOO_MANY_REQUESTS),
  SERVICE_UNAVAILABLE: r(ErrorCode.SERVICE_UNAVAILABLE),
  INTERNAL_SERVER_ERROR: r(ErrorCode.INTERNAL_SERVER_ERROR),

  // signing in, and requests themselves
  BAD_CREDENTIALS: r(ErrorCode.UNAUTHENTICATED),
  SIGN_IN_THROTTLED: r(ErrorCode.TOO_MANY_REQUESTS, 'minutes'),
  INVALID_ID: r(ErrorCode.BAD_USER_INPUT),
  INVALID_CURSOR: r(ErrorCode.BAD_USER_INPUT),
  CONTROL_CHARACTERS: r(ErrorCode.BAD_USER_INPUT),
  SUBSCRIPTIONS_ONLY: r(ErrorCode.BAD_USER_INPUT),

  // who may do what
  OUTSIDE_SCOPE: r(ErrorCode.FORBIDDEN),
  STILL_WITH_UNIT: r(ErrorCode.FORBIDDEN),
  ROLE_NOT_ALLOWED: r(ErrorCode.FORBIDDEN),
  ONLY_ADMIN_MOVES_DEADLINE: r(ErrorCode.FORBIDDEN),
  ONLY_UNIT_OFFICER: r(ErrorCode.FORBIDDEN),

  // organisation and people
  UNIT_ARCHIVED: r(ErrorCode.BAD_USER_INPUT),
  UNIT_CODE_TAKEN: r(ErrorCode.BAD_USER_INPUT, 'code'),
  PROVINCE_TOP_LEVEL: r(ErrorCode.BAD_USER_INPUT),
  MOVE_INTO_ITSELF: r(ErrorCode.BAD_USER_INPUT),
  UNIT_HAS_CHILDREN: r(ErrorCode.BAD_USER_INPUT, 'count'),
  USERNAME_TAKEN: r(ErrorCode.BAD_USER_INPUT, 'username'),
  ROLE_ALREADY_HELD: r(ErrorCode.BAD_USER_INPUT),
  CANNOT_REVOKE_OWN_ADMIN: r(ErrorCode.BAD_USER_INPUT),
  SYSTEM_WIDE_ADMIN_ONLY: r(ErrorCode.BAD_USER_INPUT),

  // campaigns, models and their lifecycle
  CAMPAIGN_INVALID: r(ErrorCode.BAD_USER_INPUT),
  PHASE_CLOSED: r(ErrorCode.DEADLINE_PASSED, 'dates'),
  UNIT_OUTSIDE_CAMPAIGN: r(ErrorCode.BAD_USER_INPUT),
  FIELD_UNKNOWN: r(ErrorCode.BAD_USER_INPUT, 'field'),
  PERSON_NAME_REQUIRED: r(ErrorCode.BAD_USER_INPUT),
  MODEL_LOCKED: r(ErrorCode.BAD_USER_INPUT),
  EVIDENCE_TOO_LARGE: r(ErrorCode.BAD_USER_INPUT, 'maxMb'),
  EVIDENCE_EMPTY: r(ErrorCode.BAD_USER_INPUT),
  EVIDENCE_TYPE: r(ErrorCode.BAD_USER_INPUT),
  EVIDENCE_PDF_BROKEN: r(ErrorCode.BAD_USER_INPUT),
  FILE_REQUIRED: r(ErrorCode.BAD_USER_INPUT),
  UPLOAD_MALFORMED: r(ErrorCode.BAD_USER_INPUT),
  ACTION_NOT_IN_STATE: r(ErrorCode.BAD_USER_INPUT),
  REASON_REQUIRED: r(ErrorCode.BAD_USER_INPUT),
  DOSSIER_INCOMPLETE: r(ErrorCode.BAD_USER_INPUT),

  // councils and rounds
  COUNCIL_INVALID: r(ErrorCode.BAD_USER_INPUT),
  COUNCIL_EXISTS: r(ErrorCode.BAD_USER_INPUT),
  ONLY_SECRETARY: r(ErrorCode.FORBIDDEN),
  ONLY_CHAIR: r(ErrorCode.FORBIDDEN),
  ONLY_MEMBERS: r(ErrorCode.FORBIDDEN),
  ROUND_STEP_CLOSED: r(ErrorCode.DEADLINE_PASSED),
  OUTSIDE_COUNCIL_SCOPE: r(ErrorCode.BAD_USER_INPUT),
  NOT_IN_ROUND: r(ErrorCode.BAD_USER_INPUT),
  ROUND_EMPTY: r(ErrorCode.BAD_USER_INPUT),
  ENTRIES_UNASSIGNED: r(ErrorCode.BAD_USER_INPUT, 'count'),
  TOO_FEW_REVIEWERS: r(ErrorCode.BAD_USER_INPUT, 'count'),
  REVIEWERS_INVALID: r(ErrorCode.BAD_USER_INPUT),
  NOT_ASSIGNED: r(ErrorCode.FORBIDDEN),
  EXCLUDED_BY_CONFLICT: r(ErrorCode.FORBIDDEN),
  SCORE_SHEET_INVALID: r(ErrorCode.BAD_USER_INPUT),
  ALREADY_VOTED: r(ErrorCode.CONFLICT),
  RESULTS_NOT_PUBLISHED: r(ErrorCode.FORBIDDEN),
  ROUND_NOT_CLOSED: r(ErrorCode.BAD_USER_INPUT),
  NOT_EXEMPLARY: r(ErrorCode.BAD_USER_INPUT),
  ALREADY_PROMOTED: r(ErrorCode.BAD_USER_INPUT),
  PROMOTION_QUOTA: r(ErrorCode.QUOTA_EXCEEDED, 'quota', 'used'),
  NO_COUNCIL_ABOVE: r(ErrorCode.BAD_USER_INPUT),
  PARENT_REVIEW_CLOSED: r(ErrorCode.DEADLINE_PASSED, 'council', 'date'),

  // attendance at the voting session
  QUORUM_NOT_MET: r(ErrorCode.QUORUM_NOT_MET, 'present', 'needed', 'members'),
  NOT_A_MEMBER: r(ErrorCode.BAD_USER_INPUT),
  OPINION_ONLY_WHEN_ABSENT: r(ErrorCode.BAD_USER_INPUT),
  NO_WRITTEN_OPINIONS: r(ErrorCode.BAD_USER_INPUT),
  VOTED_SO_PRESENT: r(ErrorCode.CONFLICT),

  // proposals, disclosure, decisions
  TAKEN_ELSEWHERE: r(ErrorCode.BAD_USER_INPUT),
  ISSUER_CANNOT_GIVE: r(ErrorCode.BAD_USER_INPUT, 'award'),
  NOT_PROPOSABLE: r(ErrorCode.BAD_USER_INPUT, 'title'),
  ALREADY_PROPOSED: r(ErrorCode.CONFLICT, 'title'),
  PROPOSAL_EMPTY: r(ErrorCode.BAD_USER_INPUT),
  ACHIEVEMENT_REQUIRED: r(ErrorCode.BAD_USER_INPUT),
  NOTHING_TO_DECIDE: r(ErrorCode.BAD_USER_INPUT),
  DISCLOSURE_NOT_ENDED: r(ErrorCode.DEADLINE_PASSED, 'date'),
  DISCLOSURE_ENDED: r(ErrorCode.DEADLINE_PASSED, 'date'),
  DECISION_NOT_DRAFT: r(ErrorCode.BAD_USER_INPUT),
  NOTHING_TO_SIGN: r(ErrorCode.BAD_USER_INPUT),
  DECISION_NOT_SIGNED: r(ErrorCode.BAD_USER_INPUT),
  ALREADY_ANNULLED: r(ErrorCode.CONFLICT),
  OBJECTION_INVALID: r(ErrorCode.BAD_USER_INPUT),
  OBJECTION_RESOLVED: r(ErrorCode.CONFLICT),
  OBJECTIONS_THROTTLED: r(ErrorCode.TOO_MANY_REQUESTS, 'minutes'),
} as const satisfies Record<string, RefusalSpec>;

export type Refusal = keyof typeof REFUSALS;

export const REFUSAL_KEYS = Object.keys(REFUSALS) as Refusal[];

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, value);

/** What a message names: strings or numbers, shown as they are. */
export type RefusalParams = Record<string, string | number>;

/** The params a refusal's message names, each required. */
export type ParamsOf<K extends Refusal> = Record<
  (typeof REFUSALS)[K]['params'][number],
  string | number
>;
