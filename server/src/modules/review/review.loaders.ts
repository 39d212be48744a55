import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** A line of a member's own score sheet, as the member reads it back. */
export interface OwnScoreLine {
  criterion: string;
  points: number;
  comment: string | null;
}

/** Keys `entryId|memberId`: one statement for all the entries of a page, whoever asks. */
const pairs = (keys: readonly string[]) => {
  const split = keys.map((key) => key.split('|'));
  return [split.map(([entry]) => entry), split.map(([, member]) => member)];
};

export const reviewLoaders = (db: DataSource) => ({
  /** a member's own score sheet for an entry; key `entryId|memberId` */
  ownSheet: new DataLoader<string, OwnScoreLine[]>(async (keys) => {
    const rows: Array<OwnScoreLine & { key: string }> = await db.query(
      `SELECT s.entry_id || '|' || s.member_id AS key, s.criterion, s.points::float8 AS points, s.comment
         FROM score s JOIN unnest($1::uuid[], $2::uuid[]) AS k (entry_id, member_id)
           ON k.entry_id = s.entry_id AND k.member_id = s.member_id
        ORDER BY s.criterion`,
      pairs(keys),
    );
    return keys.map((key) => rows.filter((r) => r.key === key).map(({ key: _, ...line }) => line));
  }),
  /** whether a member has cast their ballot on an entry (never what); key `entryId|memberId` */
  hasVoted: new DataLoader<string, boolean>(async (keys) => {
    const rows: Array<{ key: string }> = await db.query(
      `SELECT b.entry_id || '|' || b.member_id AS key
         FROM ballot_cast b JOIN unnest($1::uuid[], $2::uuid[]) AS k (entry_id, member_id)
           ON k.entry_id = b.entry_id AND k.member_id = b.member_id`,
      pairs(keys),
    );
    const voted = new Set(rows.map((r) => r.key));
    return keys.map((key) => voted.has(key));
  }),
});
