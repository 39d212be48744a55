import { CandidacyAction as A, CandidacyState as S, ErrorCode, Role } from '@vinh-danh/shared';
import { buildCampaign, registerModel } from '../factories/campaign';
import { buildTree, buildUser, PASSWORD } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import { subscribe } from '../support/subscriptions';

const TRANSITION = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { state version } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const CHANGED = `subscription($unitId: ID!) { candidacyChanged(unitId: $unitId) { id state model { title } } }`;
const NOTIFIED = `subscription { notificationAdded { kind modelTitle actorName reason candidacy { state } } }`;

/**
 * Two server processes on one database, as behind a load balancer: what happens through one is
 * seen by subscribers of the other, because events travel through PostgreSQL LISTEN/NOTIFY.
 */
describe('notifications and live updates across two server processes', () => {
  let one: TestApp;
  let two: TestApp;
  let tree: Awaited<ReturnType<typeof import('../factories').buildTree>>;
  let tokens: Record<'officer' | 'leader' | 'otherLeader', string>;
  let campaignId: string;

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({ DATABASE_URL: one.databaseUrl });
    tree = await buildTree(one.db);
    const officer = await buildUser(one.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    const leader = await buildUser(one.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_LEADER, tree.communeA]],
    });
    const otherLeader = await buildUser(one.db, {
      unit: tree.communeB,
      roles: [[Role.UNIT_LEADER, tree.communeB]],
    });
    const token = async (username: string) =>
      (
        await one.api.ok<{ login: { token: string } }>(LOGIN, {
          input: { username, password: PASSWORD },
        })
      ).login.token;
    tokens = {
      officer: await token(officer.username),
      leader: await token(leader.username),
      otherLeader: await token(otherLeader.username),
    };
    campaignId = (await buildCampaign(one.db, { unit: tree.district, createdBy: officer.id })).id;
  });
  afterAll(async () => {
    await two.stop();
    await one.stop();
  });

  it('a subscriber on one process sees a change made through the other', async () => {
    const watching = await subscribe<{
      candidacyChanged: { state: string; model: { title: string } };
    }>(one.url, tokens.leader, CHANGED, {
      unitId: tree.communeA.id,
    });
    try {
      const officerOnTwo = two.api.as(tokens.officer);
      const c = await registerModel(officerOnTwo, {
        campaignId,
        unitId: tree.communeA.id,
        title: 'Mô hình trên máy chủ thứ hai',
      });
      expect((await watching.next()).candidacyChanged).toMatchObject({
        state: S.DRAFT,
        model: { title: 'Mô hình trên máy chủ thứ hai' },
      });
      await officerOnTwo.ok(TRANSITION, {
        input: { candidacyId: c.candidacyId, version: c.version, action: A.SUBMIT },
      });
      expect((await watching.next()).candidacyChanged.state).toBe(S.SUBMITTED);
    } finally {
      await watching.close();
    }
  });

  it('the leader is told of a submission, the officer of its return with the reason, live and in the list', async () => {
    const leaderBell = await subscribe<{ notificationAdded: Record<string, unknown> }>(
      two.url,
      tokens.leader,
      NOTIFIED,
    );
    const officerBell = await subscribe<{ notificationAdded: Record<string, unknown> }>(
      one.url,
      tokens.officer,
      NOTIFIED,
    );
    try {
      const officer = one.api.as(tokens.officer);
      const leader = two.api.as(tokens.leader);
      const c = await registerModel(officer, {
        campaignId,
        unitId: tree.communeA.id,
        title: 'Mô hình cần bổ sung',
      });
      const submitted = await officer.ok<{ transitionCandidacy: { version: number } }>(TRANSITION, {
        input: { candidacyId: c.candidacyId, version: c.version, action: A.SUBMIT },
      });
      expect((await leaderBell.next()).notificationAdded).toMatchObject({
        kind: A.SUBMIT,
        modelTitle: 'Mô hình cần bổ sung',
        candidacy: { state: S.SUBMITTED },
      });
      await leader.ok(TRANSITION, {
        input: {
          candidacyId: c.candidacyId,
          version: submitted.transitionCandidacy.version,
          action: A.RETURN,
          reason: 'Thiếu số liệu hộ thoát nghèo',
        },
      });
      expect((await officerBell.next()).notificationAdded).toMatchObject({
        kind: A.RETURN,
        reason: 'Thiếu số liệu hộ thoát nghèo',
        candidacy: { state: S.RETURNED },
      });

      const count = await officer.ok<{ notificationCount: { unread: number } }>(
        `{ notificationCount { unread } }`,
      );
      expect(count.notificationCount.unread).toBe(1);
      const listed = await officer.ok<{
        notifications: { nodes: Array<{ id: string; kind: string }> };
      }>(`{ notifications(first: 10) { nodes { id kind } } }`);
      expect(listed.notifications.nodes.map((n) => n.kind)).toEqual([A.RETURN]);
      const read = await officer.ok<{ markNotificationsRead: { unread: number } }>(
        `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unread } }`,
        { ids: [listed.notifications.nodes[0].id] },
      );
      expect(read.markNotificationsRead.unread).toBe(0);
      // Nobody else was told: the other commune's leader has nothing.
      const other = await one.api
        .as(tokens.otherLeader)
        .ok<{ notificationCount: { unread: number } }>(`{ notificationCount { unread } }`);
      expect(other.notificationCount.unread).toBe(0);
    } finally {
      await leaderBell.close();
      await officerBell.close();
    }
  });

  it('refuses to subscribe to a unit outside one’s own, or without signing in', async () => {
    const outside = await subscribe(one.url, tokens.otherLeader, CHANGED, {
      unitId: tree.communeA.id,
    });
    await expect(outside.next(2000)).rejects.toThrow(ErrorCode.FORBIDDEN);
    await outside.close();
    const anonymous = await subscribe(one.url, 'no-such-token', NOTIFIED);
    await expect(anonymous.next(2000)).rejects.toThrow(ErrorCode.UNAUTHENTICATED);
    await anonymous.close();
  });
});
