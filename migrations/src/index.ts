import { Foundation1763776800000 } from './1763776800000-foundation';

/** Every migration, oldest first. The server runs the pending ones at start-up. */
export const migrations = [Foundation1763776800000];
