import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A secret ballot is kept as two rows that share no column: that a member voted on an entry
 * (`BallotCast`), and the entry's counts (`BallotTally`). Nothing joins a member to a vote.
 */
@Entity('ballot_cast')
export class BallotCast {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;
}

/** An entry's counts while its round is open; the close copies them onto the entry. */
@Entity('ballot_tally')
export class BallotTally {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId: string;

  @Column('int')
  approve: number;

  @Column('int')
  reject: number;

  @Column('int')
  abstain: number;
}
