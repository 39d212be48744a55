import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The secretary's record of one member at a round's voting session (round_attendance). */
@Entity('round_attendance')
export class RoundAttendance {
  @PrimaryColumn('uuid', { name: 'round_id' })
  roundId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;

  @Column('boolean')
  present: boolean;

  /** what an absent member sent in writing, where the council's rules allow it */
  @Column('text', { name: 'written_opinion', nullable: true })
  writtenOpinion: string | null;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
