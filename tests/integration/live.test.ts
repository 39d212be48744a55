import {
  CandidacyAction as A,
  CandidacyState as S,
  ErrorCode,
  Role,
  Seat,
  UnitKind,
} from '@vinh-danh/shared';
import { buildCampaign, registerModel } from '../factories/campaign';
import { buildCouncil, buildEndorsed } from '../factories/council';
import { buildAdmin, buildTree, buildUnit, buildUser, PASSWORD, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import { review, sheet } from '../support/review';
import { subscribe } from '../support/subscriptions';

const TRANSITION = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { state version } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const CHANGED = `subscription($unitId: ID!) { candidacyChanged(unitId: $unitId) { id state model { title } } }`;
const NOTIFIED = `subscription { notificationAdded { kind modelTitle actorName reason candidacy { state } } }`;
const ROUND_LIVE = `subscription($roundId: ID!) {
  roundChanged(roundId: $roundId) {
    state entries { ballotsCast sheetsDone result { approve reject abstain eligible } candidacy { state } }
  }
}`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id } }`;

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
  let leader: UserRow;
  /** A new session of the person, on the first process. */
  const token = async (username: string) =>
    (
      await one.api.ok<{ login: { token: string } }>(LOGIN, {
        input: { username, password: PASSWORD },
      })
    ).login.token;

  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({ DATABASE_URL: one.databaseUrl });
    tree = await buildTree(one.db);
    const officer = await buildUser(one.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    leader = await buildUser(one.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_LEADER, tree.communeA]],
    });
    const otherLeader = await buildUser(one.db, {
      unit: tree.communeB,
      roles: [[Role.UNIT_LEADER, tree.communeB]],
    });
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

  /** The one grant of a person, as an administrator sees it before revoking it. */
  const grantOf = async (user: UserRow) =>
    (
      (await one.db.query('SELECT id FROM role_grant WHERE user_id = $1', [user.id])) as [
        { id: string },
      ]
    )[0].id;

  it('ends the live feeds of a session logged out on the other process, while another session of the same person keeps receiving', async () => {
    const doomedToken = await token(leader.username);
    const doomed = await subscribe(one.url, doomedToken, CHANGED, { unitId: tree.communeA.id });
    const doomedBell = await subscribe(one.url, doomedToken, NOTIFIED);
    const control = await subscribe<{ candidacyChanged: { state: string } }>(
      one.url,
      tokens.leader,
      CHANGED,
      { unitId: tree.communeA.id },
    );
    const controlBell = await subscribe(one.url, tokens.leader, NOTIFIED);
    try {
      expect(await two.api.as(doomedToken).ok(`mutation { logout }`)).toEqual({ logout: true });
      // At once, before anything happens to deliver: the logout reached this process's sockets.
      expect(await doomedBell.outcome(1)).toEqual({ events: 0, ended: ErrorCode.UNAUTHENTICATED });
      const officer = one.api.as(tokens.officer);
      const c = await registerModel(officer, {
        campaignId,
        unitId: tree.communeA.id,
        title: 'Mô hình sau khi đăng xuất',
      });
      await officer.ok(TRANSITION, {
        input: { candidacyId: c.candidacyId, version: c.version, action: A.SUBMIT },
      });
      // The session that stayed signed in saw both changes and the leader's notification...
      expect((await control.next()).candidacyChanged.state).toBe(S.DRAFT);
      expect((await control.next()).candidacyChanged.state).toBe(S.SUBMITTED);
      await controlBell.next();
      // ...the logged-out one nothing: its feeds ended, saying why.
      expect(await doomed.outcome(2)).toEqual({ events: 0, ended: ErrorCode.UNAUTHENTICATED });
    } finally {
      for (const s of [doomed, doomedBell, control, controlBell]) await s.close();
    }
  });

  it('ends a feed whose session has lapsed at its next event, while another session keeps receiving', async () => {
    const lapsingToken = await token(leader.username);
    const lapsing = await subscribe(one.url, lapsingToken, CHANGED, { unitId: tree.communeA.id });
    const control = await subscribe(one.url, tokens.leader, CHANGED, { unitId: tree.communeA.id });
    try {
      await one.db.query(
        `UPDATE session SET expires_at = now() WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [lapsingToken],
      );
      await registerModel(one.api.as(tokens.officer), {
        campaignId,
        unitId: tree.communeA.id,
        title: 'Mô hình sau khi hết phiên',
      });
      await control.next();
      expect(await lapsing.outcome(1)).toEqual({ events: 0, ended: ErrorCode.UNAUTHENTICATED });
    } finally {
      await lapsing.close();
      await control.close();
    }
  });

  it('ends the candidacy feed of a leader whose role is revoked, while the other leader keeps receiving', async () => {
    const deputy = await buildUser(one.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_LEADER, tree.communeA]],
    });
    const admin = two.api.as(await token((await buildAdmin(one.db, tree.province)).username));
    const revoked = await subscribe(one.url, await token(deputy.username), CHANGED, {
      unitId: tree.communeA.id,
    });
    const control = await subscribe<{ candidacyChanged: { model: { title: string } } }>(
      one.url,
      tokens.leader,
      CHANGED,
      { unitId: tree.communeA.id },
    );
    try {
      await admin.ok(REVOKE, { input: { userId: deputy.id, grantId: await grantOf(deputy) } });
      // At once, through the other process: the revocation reached this one's sockets.
      expect(await revoked.outcome(1)).toEqual({ events: 0, ended: ErrorCode.FORBIDDEN });
      const titles = ['Mô hình một', 'Mô hình hai', 'Mô hình ba'];
      for (const title of titles)
        await registerModel(one.api.as(tokens.officer), {
          campaignId,
          unitId: tree.communeA.id,
          title,
        });
      for (const title of titles)
        expect((await control.next()).candidacyChanged.model.title).toBe(title);
      expect(await revoked.outcome(3)).toEqual({ events: 0, ended: ErrorCode.FORBIDDEN });
    } finally {
      await revoked.close();
      await control.close();
    }
  });

  /** A district council of `size` (chair, secretary, members) with one endorsed entry, in its own campaign. */
  const roundOf = async (size: number) => {
    const creator = await buildUser(one.db, {
      unit: tree.province,
      roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
    });
    const campaign = await buildCampaign(one.db, { unit: tree.province, createdBy: creator.id });
    const people = [];
    for (let i = 0; i < size; i++) people.push(await buildUser(one.db, { unit: tree.district }));
    const council = await buildCouncil(one.db, {
      unit: tree.district,
      campaignId: campaign.id,
      createdBy: creator.id,
      seats: people.map((p, i) => [
        p,
        i === 0 ? Seat.CHAIR : i === 1 ? Seat.SECRETARY : Seat.MEMBER,
      ]),
    });
    // An entry of a unit beside the communes: no member sits on its nominating side.
    const agency = await buildUnit(one.db, {
      kind: UnitKind.AGENCY,
      parent: tree.district,
      name: 'Hội Nông dân huyện',
    });
    const x = await buildEndorsed(one.db, {
      unit: agency,
      campaignId: campaign.id,
      createdBy: creator.id,
    });
    const members = [];
    for (const p of people) members.push(one.api.as(await token(p.username)));
    const [chair, secretary] = members;
    const round = await review.open(secretary, council.id);
    const { entries } = await review.add(secretary, round.id, [x.candidacyId]);
    await review.assign(secretary, round.id);
    await review.step(secretary, 'startScoring', round.id);
    return { roundId: round.id, entryId: entries[0].id, chair, secretary, members };
  };

  it('ends the round feed of an observer whose role is revoked, while a member keeps receiving', async () => {
    const r = await roundOf(5);
    const reporter = await buildUser(one.db, {
      unit: tree.district,
      roles: [[Role.REPORTER, tree.district]],
    });
    const admin = two.api.as(await token((await buildAdmin(one.db, tree.province)).username));
    const revoked = await subscribe(one.url, await token(reporter.username), ROUND_LIVE, {
      roundId: r.roundId,
    });
    const control = await subscribe<{ roundChanged: { entries: Array<{ sheetsDone: number }> } }>(
      one.url,
      r.secretary.token!,
      ROUND_LIVE,
      { roundId: r.roundId },
    );
    try {
      await admin.ok(REVOKE, { input: { userId: reporter.id, grantId: await grantOf(reporter) } });
      // Each event reads the round as it is when delivered: one sheet at a time, so each count shows.
      for (const [i, m] of r.members.slice(2).entries()) {
        await review.score(m, r.entryId, sheet(80));
        expect((await control.next()).roundChanged.entries[0].sheetsDone).toBe(i + 1);
      }
      expect(await revoked.outcome(3)).toEqual({ events: 0, ended: ErrorCode.FORBIDDEN });
    } finally {
      await revoked.close();
      await control.close();
    }
  });

  it('carries the current count after each ballot, and the result and new state after closing', async () => {
    const r = await roundOf(10);
    for (const m of r.members) await review.score(m, r.entryId, sheet(90));
    await review.step(r.secretary, 'startVoting', r.roundId);
    type Live = {
      roundChanged: {
        state: string;
        entries: Array<{
          ballotsCast: number;
          result: Record<string, number> | null;
          candidacy: { state: string };
        }>;
      };
    };
    const watching = await subscribe<Live>(one.url, r.chair.token!, ROUND_LIVE, {
      roundId: r.roundId,
    });
    try {
      const counts: number[] = [];
      // Every member votes, so the entry's quorum is met and its counts are shown once closed.
      for (const m of r.members) {
        await review.vote(m, r.entryId, 'APPROVE');
        counts.push((await watching.next()).roundChanged.entries[0].ballotsCast);
      }
      expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

      expect((await review.step(r.chair, 'closeRound', r.roundId)).errors).toBeUndefined();
      const closed = (await watching.next()).roundChanged;
      expect(closed).toMatchObject({
        state: 'CLOSED',
        entries: [
          {
            result: { approve: 10, reject: 0, abstain: 0, eligible: 10 },
            candidacy: { state: S.RECOGNISED },
          },
        ],
      });
      // What the event carried is what a query reads now.
      const queried = await r.chair.ok<{ round: Live['roundChanged'] }>(
        `query($id: ID!) { round(id: $id) { state entries { ballotsCast sheetsDone result { approve reject abstain eligible } candidacy { state } } } }`,
        { id: r.roundId },
      );
      expect(closed).toEqual(queried.round);
    } finally {
      await watching.close();
    }
  });
});
