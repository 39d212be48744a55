import { CAPABILITIES } from '@vinh-danh/shared';
import { forbidden } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';

/**
 * Who works the end of the year. The campaign manager of a unit (or above it) drafts decisions
 * from its proposals and resolves objections; the signing authority of the issuer's unit signs
 * and annuls. Proposing is a transition of the table (the council's secretary or the manager),
 * checked by the transition engine itself.
 */
export const requireManager = (viewer: Viewer, unitPath: string): void => {
  if (!viewer.reaches(CAPABILITIES.manageCommendations, unitPath))
    throw forbidden('ROLE_NOT_ALLOWED');
};

export const requireSigner = (viewer: Viewer, issuerPath: string): void => {
  if (!viewer.reaches(CAPABILITIES.signDecisions, issuerPath)) throw forbidden('ROLE_NOT_ALLOWED');
};

/** An issuer commends the units under it: a commune's chairman does not sign for its district. */
export const issuerServes = (issuerPath: string, unitPath: string): boolean =>
  unitPath.startsWith(issuerPath);

/** Who works the commendation desk: the managers and the signers. */
export const DESK_ROLES = [...CAPABILITIES.manageCommendations, ...CAPABILITIES.signDecisions];

/** What staff may read of the commendation desk: the manager's and the signer's scopes. */
export const deskScopes = (viewer: Viewer): Array<string | null> => viewer.scopes(DESK_ROLES);
