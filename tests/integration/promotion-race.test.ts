import { CandidacyState, ErrorCode, Role, Seat } from '@vinh-danh/shared';
import { buildCampaign } from '../factories/campaign';
import { buildCouncil, buildEndorsed } from '../factories/council';
import { buildTree, buildUser, signIn, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review } from '../support/review';

const TRIES = 20;

/**
 * The promotion quota is the council's, over all its rounds: two rounds of one council racing for
 * its last slot must not both get it.
 */
describe('promotion quota under concurrency', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let creator: UserRow;
  let secretaryUser: UserRow;
  let secretary: GraphQLClient;
  let others: UserRow[];

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    creator = await buildUser(app.db, {
      unit: tree.province,
      roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
    });
    secretaryUser = await buildUser(app.db, { unit: tree.communeA });
    secretary = await signIn(app.api, secretaryUser);
    others = [await buildUser(app.db, { unit: tree.communeA })];
    others.push(await buildUser(app.db, { unit: tree.district }));
    others.push(await buildUser(app.db, { unit: tree.district }));
  });
  afterAll(() => app.stop());

  /** Test setup only: a closed round of the council with one exemplary, recognised entry. */
  const closedRoundWithExemplary = async (councilId: string, campaignId: string) => {
    const { candidacyId } = await buildEndorsed(app.db, {
      unit: tree.communeA,
      campaignId,
      createdBy: creator.id,
    });
    await app.db.query(`UPDATE candidacy SET state = $2, recognition = 'EXEMPLARY' WHERE id = $1`, [
      candidacyId,
      CandidacyState.RECOGNISED,
    ]);
    const [{ id: roundId }] = await app.db.query(
      `INSERT INTO review_round (council_id, name, state, closed_at) VALUES ($1, 'Phiên', 'CLOSED', now())
       RETURNING id`,
      [councilId],
    );
    await app.db.query(
      `INSERT INTO round_entry (round_id, candidacy_id, score, rank, approve, reject, abstain, eligible, quorum_met)
       VALUES ($1, $2, 90, 1, 3, 0, 0, 3, true)`,
      [roundId, candidacyId],
    );
    return { roundId: roundId as string, candidacyId };
  };

  it(`gives the last slot to exactly one of two rounds, ${TRIES} times out of ${TRIES}`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const campaignId = (
        await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id })
      ).id;
      const commune = await buildCouncil(app.db, {
        unit: tree.communeA,
        campaignId,
        createdBy: creator.id,
        rules: { promotionQuota: 1 },
        seats: [
          [others[0], Seat.CHAIR],
          [secretaryUser, Seat.SECRETARY],
        ],
      });
      await buildCouncil(app.db, {
        unit: tree.district,
        campaignId,
        createdBy: creator.id,
        seats: [
          [others[1], Seat.CHAIR],
          [others[2], Seat.SECRETARY],
        ],
      });
      const a = await closedRoundWithExemplary(commune.id, campaignId);
      const b = await closedRoundWithExemplary(commune.id, campaignId);

      const results = await Promise.all([
        review.promote(secretary, a.roundId, [a.candidacyId]),
        review.promote(secretary, b.roundId, [b.candidacyId]),
      ]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      const [{ arrived }] = await app.db.query(
        `SELECT count(*)::int AS arrived FROM candidacy WHERE campaign_id = $1 AND unit_id = $2`,
        [campaignId, tree.district.id],
      );
      outcomes.push(`${codes.join('+')} arrived=${arrived}`);
    }
    const expected = `OK+${ErrorCode.QUOTA_EXCEEDED} arrived=1`;
    // Reported whole, so a failure shows how many tries both got through.
    expect(outcomes.filter((o) => o !== expected)).toEqual([]);
  });
});
