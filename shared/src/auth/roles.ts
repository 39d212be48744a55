/**
 * Roles are granted on an organisation unit and reach its whole subtree. Council seats (chair,
 * secretary, member) are not roles: they come from membership of a council.
 */
export const Role = {
  ADMIN: 'ADMIN',
  CAMPAIGN_MANAGER: 'CAMPAIGN_MANAGER',
  UNIT_OFFICER: 'UNIT_OFFICER',
  UNIT_LEADER: 'UNIT_LEADER',
  SIGNER: 'SIGNER',
  REPORTER: 'REPORTER',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

/** The role a grant form offers first: most people granted a role are their unit's officers. */
export const FIRST_OFFERED_ROLE: Role = Role.UNIT_OFFICER;

/**
 * "May a person holding these roles use this capability at all?" The server's auth checker and
 * the web's navigation both read this table, so the menu never offers what the API refuses.
 * Whether the person may act on a given row is a separate question, answered by each feature's
 * policy.
 */
export const CAPABILITIES = {
  /** see the unit tree and the users of one's own scope */
  browseOrg: [
    Role.ADMIN,
    Role.CAMPAIGN_MANAGER,
    Role.UNIT_OFFICER,
    Role.UNIT_LEADER,
    Role.SIGNER,
    Role.REPORTER,
  ],
  /** create, rename, move, archive units */
  manageUnits: [Role.ADMIN],
  /** create users, grant and revoke roles */
  manageUsers: [Role.ADMIN],
  /** open and edit campaigns: dates, fields, rubric, awards */
  manageCampaigns: [Role.CAMPAIGN_MANAGER],
  /** register a unit's models and submit them */
  registerModels: [Role.UNIT_OFFICER],
  /** endorse or return a unit's submissions */
  reviewSubmissions: [Role.UNIT_LEADER],
  /** read the campaigns that concern one's units (an administrator moves their deadlines) */
  readCampaigns: [
    Role.ADMIN,
    Role.CAMPAIGN_MANAGER,
    Role.UNIT_OFFICER,
    Role.UNIT_LEADER,
    Role.SIGNER,
    Role.REPORTER,
  ],
  /**
   * read the models of one's units and their evidence, once they have left their unit; an
   * administrator keeps the tree and the accounts, not the dossiers
   */
  browseModels: [
    Role.CAMPAIGN_MANAGER,
    Role.UNIT_OFFICER,
    Role.UNIT_LEADER,
    Role.SIGNER,
    Role.REPORTER,
  ],
  /**
   * read a unit's models while they are still with it (a draft, or returned to it): a draft
   * stays with its unit until submitted, so only the unit's own people see it
   */
  readDrafts: [Role.UNIT_OFFICER, Role.UNIT_LEADER],
  /**
   * read the councils (and their rounds) of one's units; council members read their own by
   * their seat, whatever their roles
   */
  browseCouncils: [Role.ADMIN, Role.CAMPAIGN_MANAGER, Role.SIGNER, Role.REPORTER],
  /** draft decisions from proposals, run their public disclosure and resolve objections */
  manageCommendations: [Role.CAMPAIGN_MANAGER],
  /** sign and annul commendation decisions */
  signDecisions: [Role.SIGNER],
  /** try the API in GraphiQL from the menu (the page itself is open to anyone signed in) */
  exploreApi: [Role.ADMIN],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export const can = (roles: readonly Role[], capability: Capability): boolean =>
  CAPABILITIES[capability].some((role) => roles.includes(role));

export const capabilitiesOf = (roles: readonly Role[]): Capability[] =>
  (Object.keys(CAPABILITIES) as Capability[]).filter((c) => can(roles, c));
