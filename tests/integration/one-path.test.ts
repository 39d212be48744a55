import { CandidacyState as S, Seat } from '@vinh-danh/shared';
import {
  buildLeader,
  buildManager,
  buildOfficer,
  buildTree,
  signIn,
  type UserRow,
} from '../factories';
import { buildCampaign } from '../factories/campaign';
import { buildCandidacy, type UnitDesk } from '../factories/candidacy';
import { buildSeatedCouncil, type SeatedCouncil } from '../factories/council';
import { startTestApp, type TestApp } from '../support/app';
import { review } from '../support/review';

/**
 * Registration and promotion are openings of the lifecycle table and go through the transition
 * engine: their audit events, notifications and live events come from there, not from the
 * services that call it.
 */
describe('one path for opening a candidacy', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let officer: UserRow;
  let desk: UnitDesk;
  let council: SeatedCouncil;

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    const creator = await buildManager(app.db, tree.province);
    const { id: campaignId } = await buildCampaign(app.db, {
      unit: tree.province,
      createdBy: creator.id,
    });
    council = await buildSeatedCouncil(app.db, app.api, {
      unit: tree.district,
      campaignId,
      createdBy: creator.id,
    });
    await buildSeatedCouncil(app.db, app.api, {
      unit: tree.province,
      campaignId,
      createdBy: creator.id,
    });
    officer = await buildOfficer(app.db, tree.communeA);
    desk = {
      officer: await signIn(app.api, officer),
      leader: await signIn(app.api, await buildLeader(app.db, tree.communeA)),
      campaignId,
      unitId: tree.communeA.id,
    };
  });
  afterAll(() => app.stop());

  const audit = (candidacyId: string) =>
    app.db.query(
      `SELECT action, from_state AS "from", to_state AS "to", actor_id AS "actorId"
         FROM audit_event WHERE candidacy_id = $1 ORDER BY id`,
      [candidacyId],
    );

  it('registers a draft with its REGISTER audit event and tells nobody', async () => {
    const before = await app.db.query('SELECT count(*)::int AS n FROM notification');
    const { candidacyId } = await buildCandidacy(desk, { state: S.DRAFT });
    expect(await audit(candidacyId)).toEqual([
      { action: 'REGISTER', from: null, to: S.DRAFT, actorId: officer.id },
    ]);
    expect(await app.db.query('SELECT count(*)::int AS n FROM notification')).toEqual(before);
  });

  it('promotes through the engine: both candidacies audited, the registrant told where it went', async () => {
    const recognised = await buildCandidacy(desk, { state: S.RECOGNISED, council });
    const secretary = council.seats[Seat.SECRETARY];
    const res = await review.promote(secretary.api, recognised.roundId!, [recognised.candidacyId]);
    expect(res.errors).toBeUndefined();

    const [promoted] = await app.db.query(
      'SELECT id, state, unit_id AS "unitId" FROM candidacy WHERE promoted_from = $1',
      [recognised.candidacyId],
    );
    expect(promoted).toMatchObject({ state: S.ENDORSED, unitId: tree.province.id });
    expect(await audit(promoted.id)).toEqual([
      { action: 'PROMOTED', from: null, to: S.ENDORSED, actorId: secretary.user.id },
    ]);
    expect((await audit(recognised.candidacyId)).at(-1)).toEqual({
      action: 'PROMOTE',
      from: S.RECOGNISED,
      to: S.RECOGNISED,
      actorId: secretary.user.id,
    });
    const told = await app.db.query(
      `SELECT kind, candidacy_id AS "candidacyId", message->>'unitName' AS "unitName"
         FROM notification WHERE user_id = $1 AND kind = 'PROMOTED'`,
      [officer.id],
    );
    // Linked to the candidacy the unit knows, the one below.
    expect(told).toEqual([
      { kind: 'PROMOTED', candidacyId: recognised.candidacyId, unitName: tree.province.name },
    ]);
  });
});
