import type { Role } from '@vinh-danh/shared';
import type { User } from '../user/user.entity';

export interface ScopedGrant {
  role: Role;
  /** null: system-wide */
  unitId: string | null;
  /** the granted unit's materialized path, null when system-wide */
  unitPath: string | null;
}

/** The signed-in person as the request sees them: who they are and where their roles reach. */
export class Viewer {
  constructor(
    readonly user: User,
    readonly grants: readonly ScopedGrant[],
    readonly sessionId: string,
    /** when the session lapses: a live subscription ends then */
    readonly sessionExpiresAt: Date,
  ) {}

  get roles(): Role[] {
    return [...new Set(this.grants.map((g) => g.role))];
  }

  hasRole(roles: readonly Role[]): boolean {
    return this.grants.some((g) => roles.includes(g.role));
  }

  /** Does one of these roles reach the unit with this path (the unit itself or an ancestor's grant)? */
  reaches(roles: readonly Role[], unitPath: string): boolean {
    return this.grants.some(
      (g) => roles.includes(g.role) && (g.unitPath === null || unitPath.startsWith(g.unitPath)),
    );
  }

  /** Paths of the units where these roles are held; null in the list means everywhere. */
  scopes(roles: readonly Role[]): Array<string | null> {
    return this.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitPath);
  }
}
