import { Foundation1763776800000 } from './1763776800000-foundation';
import { CandidacyLifecycle1763780400000 } from './1763780400000-candidacy-lifecycle';

/** Every migration, oldest first. The server runs the pending ones at start-up. */
export const migrations = [Foundation1763776800000, CandidacyLifecycle1763780400000];
