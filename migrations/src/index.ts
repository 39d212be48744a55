import { Foundation1763776800000 } from './1763776800000-foundation';
import { CandidacyLifecycle1763780400000 } from './1763780400000-candidacy-lifecycle';
import { Councils1763784000000 } from './1763784000000-councils';
import { LoginThrottle1763787600000 } from './1763787600000-login-throttle';
import { RoundAttendance1763791500000 } from './1763791500000-round-attendance';
import { BallotTally1763796000000 } from './1763796000000-ballot-tally';
import { EntryQuorum1763796100000 } from './1763796100000-entry-quorum';
import { Commendation1763800000000 } from './1763800000000-commendation';
import { Certificates1763803600000 } from './1763803600000-certificates';

/** Every migration, oldest first. The server runs the pending ones at start-up. */
export const migrations = [
  Foundation1763776800000,
  CandidacyLifecycle1763780400000,
  Councils1763784000000,
  LoginThrottle1763787600000,
  RoundAttendance1763791500000,
  BallotTally1763796000000,
  EntryQuorum1763796100000,
  Commendation1763800000000,
  Certificates1763803600000,
];
