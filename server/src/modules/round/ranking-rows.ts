import type { EntityManager } from 'typeorm';
import type { CandidacyState, RankBy, Recognition } from '@vinh-danh/shared';
import { RANKING_SQL, type RankingRow } from './ranking';

export interface RankingLine extends RankingRow {
  state: CandidacyState;
  recognition: Recognition | null;
  title: string;
  unitName: string;
}

/**
 * The ranking as a ranking table shows it, in one statement: each entry's score line with its
 * candidacy's state, the model's title and the registering unit's name. A flat read model, so
 * that 500 rows cost one round trip and no object graph; the full candidacy stays one field away.
 */
export const rankingLines = (
  tx: EntityManager,
  roundId: string,
  criteria: number,
  scale: number,
  rankBy: RankBy,
): Promise<RankingLine[]> =>
  tx.query(
    `SELECT r.*, c.state, c.recognition, m.title, u.name AS "unitName"
       FROM (${RANKING_SQL}) r
       JOIN candidacy c ON c.id = r."candidacyId"
       JOIN model m ON m.id = c.model_id
       JOIN org_unit u ON u.id = m.unit_id
      ORDER BY r.rank`,
    [roundId, criteria, scale, rankBy],
  );
