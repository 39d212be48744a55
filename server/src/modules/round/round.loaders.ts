import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { byClientId, groupedBy } from '../../infra/graphql/batch';
import { Council } from '../council/council.entity';
import { promotionTarget, type PromotionTarget } from '../promotion/promotion';
import { loadRoundAccess, type RoundAccess } from './round-access';
import { ReviewRound, RoundEntry } from './round.entity';
import { completeSheets, rubricSizeOf } from '../tally/sheets';

export const roundLoaders = (db: DataSource) => ({
  /** a round with its council, campaign, unit path and the viewer's seat; key `roundId|userId` */
  roundAccess: new DataLoader<string, RoundAccess | null>(
    (keys) =>
      Promise.all(
        keys.map((key) => {
          const [roundId, userId] = key.split('|');
          return loadRoundAccess(db.manager, userId, roundId);
        }),
      ),
    { batch: false },
  ),
  round: byClientId(db, ReviewRound),
  /** where a council's entries go up to and its quota used; key `councilId|unitPath` */
  promotionTarget: new DataLoader<string, PromotionTarget>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [councilId, unitPath] = key.split('|');
          const council = await db.getRepository(Council).findOneByOrFail({ id: councilId });
          return promotionTarget(db.manager, council, unitPath);
        }),
      ),
    { batch: false },
  ),
  entriesOfRound: new DataLoader<string, RoundEntry[]>(async (ids) => {
    const rows = await db.getRepository(RoundEntry).find({
      where: { roundId: In([...ids]), removedAt: IsNull() },
      order: { intakeOrder: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.roundId === id));
  }),
  assignmentsOfEntry: groupedBy<{ entry_id: string; member_id: string }>(
    db,
    'SELECT entry_id, member_id FROM assignment WHERE entry_id = ANY($1::uuid[])',
    'entry_id',
  ),
  conflictsOfEntry: groupedBy<{
    entry_id: string;
    member_id: string;
    kind: string;
    reason: string;
  }>(
    db,
    'SELECT entry_id, member_id, kind, reason FROM conflict_of_interest WHERE entry_id = ANY($1::uuid[])',
    'entry_id',
  ),
  /** complete sheets per entry: members who scored every criterion of the campaign's rubric */
  sheetsOfEntry: groupedBy<{ entry_id: string; done: number }>(
    db,
    `SELECT entry_id, count(*)::int AS done
       FROM (${completeSheets('s.entry_id = ANY($1::uuid[])', rubricSizeOf('s.entry_id'))}) sheets
      GROUP BY entry_id`,
    'entry_id',
  ),
  ballotsOfEntry: groupedBy<{ entry_id: string; n: number }>(
    db,
    'SELECT entry_id, count(*)::int AS n FROM ballot_cast WHERE entry_id = ANY($1::uuid[]) GROUP BY entry_id',
    'entry_id',
  ),
});
