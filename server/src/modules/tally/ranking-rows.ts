import type { EntityManager } from 'typeorm';
import type { RankBy } from '@vinh-danh/shared';
import { RANKING_SQL } from './ranking';
import type { RankingRow } from './ranking-row';

/**
 * The ranking as a ranking table shows it, in one statement: each entry's score line with its
 * candidacy's state, the model's title, the registering unit's name and the disagreement flag
 * ($5 is the council's threshold). A flat read model, returned as read, so that 500 rows cost
 * one round trip, no object graph and no copying; the full candidacy stays one field away.
 */
export const RANKING_LINES_SQL = `
SELECT r.*, c.state, c.recognition, m.title, u.name AS "unitName",
       coalesce(r.spread > $5::float8, false) AS disagreement
  FROM (${RANKING_SQL}) r
  JOIN candidacy c ON c.id = r."candidacyId"
  JOIN model m ON m.id = c.model_id
  JOIN org_unit u ON u.id = m.unit_id
 ORDER BY r.rank`;

export const rankingLines = (
  tx: EntityManager,
  roundId: string,
  criteria: number,
  scale: number,
  rankBy: RankBy,
  disagreementSpread: number,
): Promise<RankingRow[]> =>
  tx.query(RANKING_LINES_SQL, [roundId, criteria, scale, rankBy, disagreementSpread]);
