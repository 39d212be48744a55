import {
  CandidacyAction as A,
  CandidacyState as S,
  ErrorCode,
  Role,
  Seat,
  UnitKind,
} from '@vinh-danh/shared';
import { buildCampaign, buildReviewDates, registerModel } from '../factories/campaign';
import { buildCouncil } from '../factories/council';
import { buildAdmin, buildTree, buildUser, signIn, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review } from '../support/review';
import { snapshot } from '../support/snapshot';
import { ONE_PAGE_PDF as PDF } from '../factories/files';

/**
 * Who reads a dossier: a draft stays with its unit until submitted; then those whose roles reach
 * its unit read it, and so do the members of the councils that hold it in their intake or in a
 * round, with the history below it. Everyone else gets FORBIDDEN, and nothing changes.
 */

const MODEL = `query($id: ID!) { model(id: $id) {
  id title form { situation goals } indicators { name achieved } evidence { id fileName url }
} }`;
const CANDIDACY = `query($id: ID!) { candidacy(id: $id) { id state model { id title } } }`;
const MODELS = `query($filter: ModelFilter) { models(filter: $filter, first: 50) { nodes { id } } }`;
const TRANSITION = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { id state version } }`;
const WORK = `{ myCouncilWork { councilId seat intake council { name } rounds { roundId toScore toVote toAdvance round { state } } } }`;

interface Dossier {
  model: {
    id: string;
    title: string;
    form: { situation: string | null };
    indicators: Array<{ name: string }>;
    evidence: Array<{ id: string; fileName: string; url: string }>;
  };
}

describe('who reads a dossier', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let campaignId: string;
  let officerToken: string;
  let officer: GraphQLClient;
  let leader: GraphQLClient;
  let reporter: GraphQLClient;
  let reporterToken: string;
  let secretary: GraphQLClient;
  let member: GraphQLClient;
  let memberToken: string;
  let chair: GraphQLClient;
  let outsider: GraphQLClient;
  let outsiderToken: string;
  let councilId: string;

  const tokenOf = async (user: UserRow) =>
    (
      await app.api.ok<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { username: user.username, password: user.password } },
      )
    ).login.token;

  const download = (url: string, token: string) =>
    fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${token}` } });

  /** A complete model of commune A with one evidence file, submitted and endorsed. */
  const endorsedWithEvidence = async (title: string) => {
    const m = await registerModel(officer, { campaignId, unitId: tree.communeA.id, title });
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(PDF)]), 'Báo cáo thành tích.pdf');
    const up = await fetch(`${app.url}/api/models/${m.modelId}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officerToken}` },
      body,
    });
    expect(up.status).toBe(201);
    const { url } = (await up.json()) as { url: string };
    const submitted = await officer.ok<{ transitionCandidacy: { version: number } }>(TRANSITION, {
      input: { candidacyId: m.candidacyId, version: m.version, action: A.SUBMIT },
    });
    await leader.ok(TRANSITION, {
      input: {
        candidacyId: m.candidacyId,
        version: submitted.transitionCandidacy.version,
        action: A.ENDORSE,
      },
    });
    return { ...m, url };
  };

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    const officerRow = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    officerToken = await tokenOf(officerRow);
    officer = app.api.as(officerToken);
    leader = await signIn(
      app.api,
      await buildUser(app.db, { unit: tree.communeA, roles: [[Role.UNIT_LEADER, tree.communeA]] }),
    );
    const reporterRow = await buildUser(app.db, {
      unit: tree.province,
      roles: [[Role.REPORTER, tree.province]],
    });
    reporterToken = await tokenOf(reporterRow);
    reporter = app.api.as(reporterToken);
    const manager = await buildUser(app.db, {
      unit: tree.province,
      roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
    });
    campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: manager.id })).id;
    await buildReviewDates(app.db, campaignId, UnitKind.DISTRICT, -5, 30);

    // The district council's people hold no role: their seats are all they have.
    const seats = {
      chair: await buildUser(app.db, { unit: tree.district }),
      secretary: await buildUser(app.db, { unit: tree.district }),
      member: await buildUser(app.db, { unit: tree.district }),
    };
    councilId = (
      await buildCouncil(app.db, {
        unit: tree.district,
        campaignId,
        createdBy: manager.id,
        seats: [
          [seats.chair, Seat.CHAIR],
          [seats.secretary, Seat.SECRETARY],
          [seats.member, Seat.MEMBER],
        ],
      })
    ).id;
    chair = await signIn(app.api, seats.chair);
    secretary = await signIn(app.api, seats.secretary);
    memberToken = await tokenOf(seats.member);
    member = app.api.as(memberToken);
    // A member of another campaign's council, for the refusals.
    const otherCampaign = await buildCampaign(app.db, {
      unit: tree.province,
      createdBy: manager.id,
    });
    const outsiderRow = await buildUser(app.db, { unit: tree.district });
    await buildCouncil(app.db, {
      unit: tree.district,
      campaignId: otherCampaign.id,
      createdBy: manager.id,
      seats: [
        [outsiderRow, Seat.CHAIR],
        [await buildUser(app.db, { unit: tree.district }), Seat.SECRETARY],
      ],
    });
    outsiderToken = await tokenOf(outsiderRow);
    outsider = app.api.as(outsiderToken);
  });
  afterAll(() => app.stop());

  it('keeps a draft with its unit: the reporter gets FORBIDDEN, no list shows it, and nothing changes', async () => {
    const draft = await registerModel(officer, {
      campaignId,
      unitId: tree.communeA.id,
      title: 'Bản nháp của xã Noong Luống',
    });
    const admin = await signIn(app.api, await buildAdmin(app.db, tree.province, tree.province));
    const before = await snapshot(app.db);
    expect(await reporter.code(MODEL, { id: draft.modelId })).toBe(ErrorCode.FORBIDDEN);
    expect(await reporter.code(CANDIDACY, { id: draft.candidacyId })).toBe(ErrorCode.FORBIDDEN);
    const listed = async (api: GraphQLClient) =>
      (await api.ok<{ models: { nodes: Array<{ id: string }> } }>(MODELS, {})).models.nodes.map(
        (n) => n.id,
      );
    expect(await listed(reporter)).not.toContain(draft.modelId);
    // An administrator keeps the tree and the accounts, not the dossiers.
    expect(await admin.code(MODELS, {})).toBe(ErrorCode.FORBIDDEN);
    expect(await snapshot(app.db)).toEqual(before);

    // The unit's own people read it; once submitted, so does the reporter.
    expect(await listed(officer)).toContain(draft.modelId);
    expect(await listed(leader)).toContain(draft.modelId);
    await officer.ok(TRANSITION, {
      input: { candidacyId: draft.candidacyId, version: draft.version, action: A.SUBMIT },
    });
    expect(await listed(reporter)).toContain(draft.modelId);
    expect((await reporter.ok<Dossier>(MODEL, { id: draft.modelId })).model.title).toBe(
      'Bản nháp của xã Noong Luống',
    );
  });

  it('lets the council read a dossier in its intake, then in its round, with the evidence', async () => {
    const m = await endorsedWithEvidence('Mô hình hiến đất mở đường bản Noong Luống');
    // In the intake, before any round: every seat reads it, the secretary first of all.
    for (const api of [secretary, chair, member]) {
      const { model } = await api.ok<Dossier>(MODEL, { id: m.modelId });
      expect(model.form.situation).toMatch(/Nội dung phần situation/);
      expect(model.indicators.map((i) => i.name)).toEqual(['Diện tích đất hiến']);
      expect(
        (await api.ok<{ candidacy: { state: string } }>(CANDIDACY, { id: m.candidacyId })).candidacy
          .state,
      ).toBe(S.ENDORSED);
    }

    const round = await review.open(secretary, councilId);
    const [entry] = (await review.add(secretary, round.id, [m.candidacyId])).entries;
    expect(entry.candidacy.state).toBe(S.IN_REVIEW);
    const { model } = await member.ok<Dossier>(MODEL, { id: m.modelId });
    expect(model.evidence.map((e) => e.fileName)).toEqual(['Báo cáo thành tích.pdf']);
    const res = await download(model.evidence[0].url, memberToken);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    // The reporter reads it too: it has left its unit.
    expect((await download(m.url, reporterToken)).status).toBe(200);
  });

  it('refuses a member of another council the dossier, its candidacy and its evidence, and changes nothing', async () => {
    const m = await endorsedWithEvidence('Mô hình của hội đồng khác');
    const before = await snapshot(app.db);
    expect(await outsider.code(MODEL, { id: m.modelId })).toBe(ErrorCode.FORBIDDEN);
    expect(await outsider.code(CANDIDACY, { id: m.candidacyId })).toBe(ErrorCode.FORBIDDEN);
    const res = await download(m.url, outsiderToken);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('tells each seat what waits for it, counted by the server', async () => {
    interface Work {
      myCouncilWork: Array<{
        councilId: string;
        seat: string;
        intake: number;
        rounds: Array<{
          roundId: string;
          toScore: number;
          toVote: number;
          toAdvance: boolean;
          round: { state: string };
        }>;
      }>;
    }
    const work = async (api: GraphQLClient) =>
      (await api.ok<Work>(WORK)).myCouncilWork.find((w) => w.councilId === councilId)!;
    // Earlier tests left one entry in a draft round and one endorsed model in the intake.
    const [{ id: roundId }] = await app.db.query(
      'SELECT id FROM review_round WHERE council_id = $1',
      [councilId],
    );
    expect(await work(secretary)).toMatchObject({
      seat: Seat.SECRETARY,
      intake: 1,
      rounds: [{ roundId, toScore: 0, toVote: 0, toAdvance: true, round: { state: 'DRAFT' } }],
    });
    expect(await work(chair)).toMatchObject({ seat: Seat.CHAIR, intake: 0 });
    expect((await work(chair)).rounds[0].toAdvance).toBe(false);

    await review.assign(secretary, roundId);
    expect((await review.step(secretary, 'startScoring', roundId)).errors).toBeUndefined();
    expect((await work(member)).rounds).toEqual([
      expect.objectContaining({ toScore: 1, toVote: 0, toAdvance: false }),
    ]);
    const [entry] = (await review.get(member, roundId)).entries;
    expect((await review.score(member, entry.id, [25, 20, 15, 12, 8])).errors).toBeUndefined();
    expect((await work(member)).rounds[0].toScore).toBe(0);

    expect((await review.step(secretary, 'startVoting', roundId)).errors).toBeUndefined();
    expect((await work(member)).rounds[0]).toMatchObject({ toScore: 0, toVote: 1 });
    expect((await work(chair)).rounds[0]).toMatchObject({ toVote: 1, toAdvance: true });
    expect((await review.vote(member, entry.id, 'APPROVE')).errors).toBeUndefined();
    expect((await work(member)).rounds[0].toVote).toBe(0);

    // No seats, no councils: an empty list, not a refusal.
    expect((await reporter.ok<Work>(WORK)).myCouncilWork).toEqual([]);
  });
});
