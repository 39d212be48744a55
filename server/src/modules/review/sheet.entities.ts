import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numeric } from '../../infra/db/columns';

/**
 * The tables of a member's review work. Writes stay set-based SQL in review.service.ts (one
 * statement a sheet, a ballot); the entities name the rows for reads and loaders. Constraints
 * live in the migrations (1763784000000-councils, 1763796000000-ballot-tally).
 */

/** A member chosen to score an entry. */
@Entity('assignment')
export class Assignment {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;
}

/** A member who neither scores nor votes on an entry: found automatically, or declared. */
@Entity('conflict_of_interest')
export class ConflictOfInterest {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;

  @Column('text')
  kind: 'AUTOMATIC' | 'DECLARED';

  @Column('text')
  reason: string;
}

/** One line of a member's score sheet: one criterion of the rubric. */
@Entity('score')
export class Score {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;

  @PrimaryColumn('text')
  criterion: string;

  @Column('numeric', { transformer: numeric })
  points: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
