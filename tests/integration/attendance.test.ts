import pdf from 'pdf-parse';
import { ErrorCode, Role, Seat, UnitKind } from '@vinh-danh/shared';
import { buildCampaign } from '../factories/campaign';
import { buildCouncil, buildEndorsed, type CouncilRules } from '../factories/council';
import { buildTree, buildUnit, buildUser, signIn, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review, sheet } from '../support/review';
import { snapshot } from '../support/snapshot';

const ATTENDANCE = `query($id: ID!) { round(id: $id) { version attendance {
  member { id seat } present recorded voted writtenOpinion } } }`;

interface Line {
  member: { id: string; seat: string };
  present: boolean;
  recorded: boolean | null;
  voted: boolean;
  writtenOpinion: string | null;
}

/** The secretary records who sits in the voting session; the chair closes only with a quorum. */
describe('attendance at the voting session', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let creator: UserRow;

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    creator = await buildUser(app.db, {
      unit: tree.province,
      roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
    });
  });
  afterAll(() => app.stop());

  /**
   * A district council of five (quorum at least 2/3: four present) in a campaign of its own, with
   * one entry from a unit none of them belongs to, taken into a round that is now voting.
   */
  const votingRound = async (rules: CouncilRules = {}) => {
    const campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id }))
      .id;
    const people = [];
    for (const name of [
      'Trần Quốc Bảo',
      'Lường Văn Hùng',
      'Cà Thị Lan',
      'Lò Văn Pâng',
      'Quàng Thị Duyên',
    ])
      people.push(await buildUser(app.db, { unit: tree.district, displayName: name }));
    const seats = [Seat.CHAIR, Seat.SECRETARY, Seat.MEMBER, Seat.MEMBER, Seat.MEMBER];
    const council = await buildCouncil(app.db, {
      unit: tree.district,
      campaignId,
      createdBy: creator.id,
      seats: people.map((p, i) => [p, seats[i]]),
      rules,
    });
    const [chair, secretary, m1, m2, m3] = await Promise.all(people.map((p) => signIn(app.api, p)));
    const ids = people.map((p) => council.members[p.username]);
    const agency = await buildUnit(app.db, {
      name: 'Hội Nông dân huyện',
      kind: UnitKind.AGENCY,
      parent: tree.district,
    });
    const x = await buildEndorsed(app.db, { unit: agency, campaignId, createdBy: creator.id });
    const round = await review.open(secretary, council.id);
    const { entries } = await review.add(secretary, round.id, [x.candidacyId]);
    await review.assign(secretary, round.id);
    expect((await review.step(secretary, 'startScoring', round.id)).errors).toBeUndefined();
    for (const m of [chair, m1, m2, m3]) await review.score(m, entries[0].id, sheet(90));
    expect((await review.step(secretary, 'startVoting', round.id)).errors).toBeUndefined();
    return {
      roundId: round.id,
      entryId: entries[0].id,
      candidacyId: x.candidacyId,
      chair,
      secretary,
      members: [m1, m2, m3],
      ids: { chair: ids[0], secretary: ids[1], m1: ids[2], m2: ids[3], m3: ids[4] },
    };
  };

  const attendance = async (api: GraphQLClient, roundId: string) =>
    (await api.ok<{ round: { version: number; attendance: Line[] } }>(ATTENDANCE, { id: roundId }))
      .round;
  const lineOf = (lines: Line[], memberId: string) => lines.find((l) => l.member.id === memberId)!;

  it('tells every member but the secretary who opened it that voting is open, once each', async () => {
    const r = await votingRound();
    const kinds = async (api: GraphQLClient) =>
      (
        await api.ok<{ notifications: { nodes: Array<{ kind: string }> } }>(
          '{ notifications(first: 50) { nodes { kind } } }',
        )
      ).notifications.nodes
        .map((n) => n.kind)
        .filter((k) => k === 'VOTING_OPEN');
    for (const member of [r.chair, ...r.members])
      expect(await kinds(member)).toEqual(['VOTING_OPEN']);
    expect(await kinds(r.secretary)).toEqual([]);
  });

  it('is recorded by the secretary; a member who votes is present; the minutes list who was and was not', async () => {
    const r = await votingRound({ writtenOpinions: true });
    const before = await attendance(r.secretary, r.roundId);
    expect(before.attendance).toHaveLength(5);
    expect(before.attendance.every((l) => !l.present && l.recorded === null)).toBe(true);

    // m1 votes without being recorded: present by the ballot.
    expect((await review.vote(r.members[0], r.entryId, 'APPROVE')).errors).toBeUndefined();
    for (const [id, present] of [
      [r.ids.chair, true],
      [r.ids.secretary, true],
      [r.ids.m2, true],
    ] as const)
      expect((await review.attend(r.secretary, r.roundId, id, present)).errors).toBeUndefined();
    const opinion = 'Tán thành; đề nghị nhân rộng mô hình ra các xã lân cận.';
    expect(
      (await review.attend(r.secretary, r.roundId, r.ids.m3, false, `  ${opinion} `)).errors,
    ).toBeUndefined();
    // Recording the same again changes nothing but the round's version.
    expect((await review.attend(r.secretary, r.roundId, r.ids.m2, true)).errors).toBeUndefined();

    const after = await attendance(r.chair, r.roundId);
    expect(after.version).toBeGreaterThan(before.version);
    expect(lineOf(after.attendance, r.ids.m1)).toMatchObject({
      present: true,
      voted: true,
      recorded: null,
    });
    expect(lineOf(after.attendance, r.ids.m2)).toMatchObject({ present: true, recorded: true });
    expect(lineOf(after.attendance, r.ids.m3)).toMatchObject({
      present: false,
      recorded: false,
      writtenOpinion: opinion,
    });
    const rows = await app.db.query(
      'SELECT count(*)::int AS n FROM round_attendance WHERE round_id = $1',
      [r.roundId],
    );
    expect(rows[0].n).toBe(4);

    for (const m of [r.chair, r.members[1]]) await review.vote(m, r.entryId, 'APPROVE');
    expect((await review.step(r.chair, 'closeRound', r.roundId)).errors).toBeUndefined();
    const res = await fetch(`${app.url}/api/rounds/${r.roundId}/minutes.pdf`, {
      headers: { authorization: `Bearer ${r.secretary.token}` },
    });
    const text = (await pdf(Buffer.from(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Hội đồng có 5 thành viên; có mặt 4, vắng mặt 1.');
    expect(text).toContain(
      'Thành viên có mặt (4): 1. Trần Quốc Bảo – Chủ tịch. 2. Lường Văn Hùng – Thư ký. ' +
        '3. Cà Thị Lan – Ủy viên. 4. Lò Văn Pâng – Ủy viên.',
    );
    expect(text).toContain(
      `Thành viên vắng mặt (1): 1. Quàng Thị Duyên – Ủy viên. Ý kiến bằng văn bản: “${opinion}”`,
    );
  });

  it('keeps one row per member when recordings arrive at once, and every one of them', async () => {
    const r = await votingRound();
    const members = [r.ids.chair, r.ids.secretary, r.ids.m1, r.ids.m2, r.ids.m3];
    // Ten at once: each member twice, flipping; the round's lock puts them one after another.
    const results = await Promise.all(
      members.flatMap((id, i) => [
        review.attend(r.secretary, r.roundId, id, i % 2 === 0),
        review.attend(r.secretary, r.roundId, id, true),
      ]),
    );
    expect(results.map((x) => x.errors)).toEqual(results.map(() => undefined));
    const versions = results.map((x) => x.data!.recordAttendance.version);
    expect(new Set(versions).size).toBe(10);
    const rows: Array<{ member_id: string; n: number }> = await app.db.query(
      `SELECT member_id, count(*)::int AS n FROM round_attendance WHERE round_id = $1 GROUP BY 1`,
      [r.roundId],
    );
    expect(rows.map((x) => x.member_id).sort()).toEqual([...members].sort());
    expect(rows.every((x) => x.n === 1)).toBe(true);
    const { version, attendance: lines } = await attendance(r.secretary, r.roundId);
    expect(version).toBe(Math.max(...versions));
    // Each member's last word stands; which of the two came last is the database's order.
    const last = await app.db.query(
      'SELECT member_id, present FROM round_attendance WHERE round_id = $1',
      [r.roundId],
    );
    for (const row of last as Array<{ member_id: string; present: boolean }>)
      expect(lineOf(lines, row.member_id).recorded).toBe(row.present);
  });

  it('refuses to close without the quorum present, changing nothing', async () => {
    const r = await votingRound();
    // Three ballots and no record: three present, four needed.
    for (const m of r.members) await review.vote(m, r.entryId, 'APPROVE');
    const before = await snapshot(app.db);
    const refused = await review.step(r.chair, 'closeRound', r.roundId);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.QUORUM_NOT_MET,
      present: 3,
      needed: 4,
      members: 5,
    });
    expect(await snapshot(app.db)).toEqual(before);
    // Recorded absent does not count either.
    await review.attend(r.secretary, r.roundId, r.ids.chair, false);
    expect((await review.step(r.chair, 'closeRound', r.roundId)).errors?.[0].extensions?.code).toBe(
      ErrorCode.QUORUM_NOT_MET,
    );
    // The secretary, present without voting, makes four: the session may decide.
    await review.attend(r.secretary, r.roundId, r.ids.secretary, true);
    const closed = await review.step(r.chair, 'closeRound', r.roundId);
    expect(closed.errors).toBeUndefined();
    // Each entry still needs its own quorum of ballots: three of five is not 2/3.
    const [row] = await app.db.query('SELECT state, recognition FROM candidacy WHERE id = $1', [
      r.candidacyId,
    ]);
    expect(row).toEqual({ state: 'NOT_RECOGNISED', recognition: null });
  });

  it('refuses anyone but the secretary, outside voting, for non-members and against the rules, changing nothing', async () => {
    const r = await votingRound();
    await review.vote(r.members[0], r.entryId, 'REJECT');
    const outsider = await buildUser(app.db, { unit: tree.district });
    const notMember = await buildUser(app.db, {
      unit: tree.district,
      roles: [[Role.CAMPAIGN_MANAGER, tree.district]],
    });
    const before = await snapshot(app.db);
    const codeOf = async (res: Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>) =>
      (await res).errors?.[0].extensions?.code;
    // not the secretary
    for (const api of [r.chair, r.members[1], await signIn(app.api, notMember)])
      expect(await codeOf(review.attend(api, r.roundId, r.ids.m2, true))).toBe(ErrorCode.FORBIDDEN);
    // not a member of this council, or not an id
    expect(await codeOf(review.attend(r.secretary, r.roundId, outsider.id, true))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(await codeOf(review.attend(r.secretary, r.roundId, 'nobody', true))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    // a round that does not exist
    expect(await codeOf(review.attend(r.secretary, outsider.id, r.ids.m2, true))).toBe(
      ErrorCode.NOT_FOUND,
    );
    // this council's rules take no written opinions, and one present writes none
    expect(await codeOf(review.attend(r.secretary, r.roundId, r.ids.m2, false, 'Tán thành'))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    expect(await codeOf(review.attend(r.secretary, r.roundId, r.ids.m2, true, 'Tán thành'))).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    // one who has voted was there
    expect(await codeOf(review.attend(r.secretary, r.roundId, r.ids.m1, false))).toBe(
      ErrorCode.CONFLICT,
    );
    expect(await snapshot(app.db)).toEqual(before);

    // Outside voting: once the round is closed.
    for (const id of [r.ids.chair, r.ids.secretary, r.ids.m2])
      await review.attend(r.secretary, r.roundId, id, true);
    expect((await review.step(r.chair, 'closeRound', r.roundId)).errors).toBeUndefined();
    const closed = await snapshot(app.db);
    expect(await codeOf(review.attend(r.secretary, r.roundId, r.ids.m3, true))).toBe(
      ErrorCode.DEADLINE_PASSED,
    );
    expect(await snapshot(app.db)).toEqual(closed);
  });
});
