import {
  CANDIDACY_STATES,
  transitionFor,
  type CandidacyAction,
  type CandidacyState,
} from '@vinh-danh/shared';
import pdf from 'pdf-parse';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review, sheet } from '../support/review';
import { snapshot } from '../support/snapshot';

const signInAs = async (app: TestApp, username: string): Promise<GraphQLClient> =>
  app.api.as(
    (
      await app.api.ok<{ login: { token: string } }>(
        `mutation($u: String!) { login(input: { username: $u, password: "vinhdanh2026" }) { token } }`,
        { u: username },
      )
    ).login.token,
  );

/** The demo a first start loads: the seeds' places and models, consistent with the lifecycle. */
describe('the demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: true });
  });
  afterAll(() => app.stop());

  it('has the provinces, districts and communes of the articles, on the pre-2025 tree', async () => {
    const rows: Array<{ name: string; kind: string; depth: number }> = await app.db.query(
      'SELECT name, kind, depth FROM org_unit ORDER BY path',
    );
    const names = rows.map((r) => r.name);
    for (const name of [
      'Tỉnh Lai Châu',
      'Huyện Tam Đường',
      'Huyện Phong Thổ',
      'Tỉnh Điện Biên',
      'Huyện Điện Biên',
      'Thành phố Điện Biên Phủ',
      'Tỉnh Quảng Ninh',
      'Huyện Hải Hà',
      'Xã Noong Luống',
      'Xã Pom Lót',
      'Xã Bình Lư',
      'Xã Mù Sang',
      'Xã Dào San',
    ]) {
      expect(names).toContain(name);
    }
    expect(rows.find((r) => r.name === 'Xã Mù Sang')).toMatchObject({ kind: 'COMMUNE', depth: 2 });
  });

  it('has the seeds’ models at every stage, each with an audit trail that follows the transition table', async () => {
    const candidacies: Array<{
      id: string;
      title: string;
      state: CandidacyState;
      version: number;
    }> = await app.db.query(
      `SELECT c.id, m.title, c.state, c.version FROM candidacy c JOIN model m ON m.id = c.model_id`,
    );
    const titles = candidacies.map((c) => c.title).join('\n');
    for (const words of [
      /Pom Lót/,
      /nuôi lợn .* Bình Lư/,
      /mốc giới .* Mù Sang/,
      /an ninh tự quản .* Dào San/,
    ]) {
      expect(titles).toMatch(words);
    }
    // The council's closed round recognised one; nothing waits in review or was turned down.
    const stages = CANDIDACY_STATES.filter((s) => !['IN_REVIEW', 'NOT_RECOGNISED'].includes(s));
    expect(new Set(candidacies.map((c) => c.state))).toEqual(new Set(stages));
    for (const c of candidacies) {
      const events: Array<{
        action: string;
        from_state: CandidacyState | null;
        to_state: CandidacyState;
      }> = await app.db.query(
        'SELECT action, from_state, to_state FROM audit_event WHERE candidacy_id = $1 ORDER BY at, id',
        [c.id],
      );
      expect(events[0]).toMatchObject({ action: 'REGISTER', from_state: null, to_state: 'DRAFT' });
      // Steps that leave the state as it is (a list published for disclosure) are not moves.
      const moves = events.filter((e) => e.from_state !== e.to_state);
      for (const e of moves.slice(1)) {
        expect(transitionFor(e.action as CandidacyAction, e.from_state!)?.to).toBe(e.to_state);
      }
      expect({ title: c.title, state: moves.at(-1)!.to_state, version: moves.length }).toEqual({
        title: c.title,
        state: c.state,
        version: c.version,
      });
    }
  });

  it('seats the demo council of huyện Điện Biên, with the endorsed Pom Lót model in its intake', async () => {
    const secretary = app.api.as(
      (
        await app.api.ok<{ login: { token: string } }>(
          `mutation { login(input: { username: "thuky", password: "vinhdanh2026" }) { token } }`,
        )
      ).login.token,
    );
    const { councils } = await secretary.ok<{
      councils: Array<{
        mySeat: string;
        members: unknown[];
        intake: Array<{ model: { title: string } }>;
      }>;
    }>(`{ councils { mySeat members { seat } intake { model { title } } } }`);
    expect(councils).toHaveLength(1);
    expect(councils[0].mySeat).toBe('SECRETARY');
    expect(councils[0].members).toHaveLength(3);
    expect(councils[0].intake.map((c) => c.model.title).join()).toMatch(/Pom Lót/);
  });

  it('has a closed round whose minutes read as the web does: plain rules, who attended, its words', async () => {
    const secretary = app.api.as(
      (
        await app.api.ok<{ login: { token: string } }>(
          `mutation { login(input: { username: "thuky", password: "vinhdanh2026" }) { token } }`,
        )
      ).login.token,
    );
    const { councils } = await secretary.ok<{
      councils: Array<{ rounds: Array<{ id: string; state: string }> }>;
    }>(`{ councils { rounds { id state } } }`);
    const closed = councils.flatMap((c) => c.rounds).filter((r) => r.state === 'CLOSED');
    expect(closed).toHaveLength(1);
    const res = await fetch(`${app.url}/api/rounds/${closed[0].id}/minutes.pdf`, {
      headers: { authorization: `Bearer ${secretary.token}` },
    });
    expect(res.status).toBe(200);
    const text = (await pdf(Buffer.from(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    for (const words of [
      // who attended the voting session, and what the absent member sent in writing
      'Hội đồng có 3 thành viên; có mặt 2, vắng mặt 1.',
      'Thành viên có mặt (2): 1. Trần Quốc Bảo – Chủ tịch. 2. Lường Văn Hùng – Thư ký.',
      'Thành viên vắng mặt (1): 1. Cà Thị Lan – Ủy viên. Ý kiến bằng văn bản: ' +
        '“Tán thành công nhận mô hình; đề nghị nhân rộng ra các xã trong huyện.”',
      // the rules in plain words
      'Mô hình đạt từ 50 điểm trở lên được xét công nhận hiệu quả; đạt từ 70 điểm trở lên ' +
        'được xét công nhận tiêu biểu.',
      'Phiên bỏ phiếu chỉ được tiến hành khi có ít nhất 2/3 số thành viên Hội đồng có mặt ' +
        '(cần 2 trên 3 thành viên).',
      'Mô hình được công nhận khi đạt điểm, có ít nhất 2/3 số thành viên được biểu quyết bỏ ' +
        'phiếu và hơn 1/2 số thành viên được biểu quyết bỏ phiếu tán thành.',
      'Xếp hạng theo điểm thô (trung bình cộng).',
      // the web's words for ballots, seats and outcomes
      'Tán thành Không tán thành Phiếu trắng',
      'Công nhận tiêu biểu',
      'Vận động Nhân dân trồng và chăm sóc cây xanh',
      'THƯ KÝ',
      'CHỦ TỊCH',
    ])
      expect(text).toContain(words);
    for (const words of ['Đồng ý', 'Không ý kiến', 'không thuộc diện', 'Thành viên –'])
      expect(text).not.toContain(words);
  });

  it('lets the demo leader of Noong Luống endorse what awaits them', async () => {
    const leader = app.api.as(
      (
        await app.api.ok<{ login: { token: string } }>(
          `mutation { login(input: { username: "lanhdao", password: "vinhdanh2026" }) { token } }`,
        )
      ).login.token,
    );
    const queue = await leader.ok<{
      models: { nodes: Array<{ candidacy: { availableActions: string[] } }> };
    }>(`{ models(filter: { states: [SUBMITTED] }) { nodes { candidacy { availableActions } } } }`);
    expect(queue.models.nodes.length).toBeGreaterThan(0);
    expect(queue.models.nodes[0].candidacy.availableActions).toContain('ENDORSE');
  });

  it('reviews each campaign exactly at the levels where it has a council, each such phase open today', async () => {
    const rows: Array<{ campaign: string; owner: string; phases: string[]; councils: string[] }> =
      await app.db.query(
        `SELECT c.name AS campaign, ou.kind AS owner,
                ARRAY(SELECT p.level FROM campaign_phase p WHERE p.campaign_id = c.id AND p.phase = 'REVIEW'
                        AND p.opens_on <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                        AND p.closes_on >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                       ORDER BY p.level) AS phases,
                ARRAY(SELECT DISTINCT ku.kind FROM council k JOIN org_unit ku ON ku.id = k.unit_id
                       WHERE k.campaign_id = c.id ORDER BY ku.kind) AS councils
           FROM campaign c JOIN org_unit ou ON ou.id = c.unit_id ORDER BY ou.kind`,
      );
    const [{ n: reviewPhases }] = await app.db.query(
      `SELECT count(*)::int AS n FROM campaign_phase WHERE phase = 'REVIEW'`,
    );
    expect(reviewPhases).toBe(rows.reduce((sum, r) => sum + r.phases.length, 0));
    // huyện Điện Biên's own campaign ends at the district; tỉnh Lai Châu's climbs to the province.
    expect(rows.map(({ owner, phases, councils }) => ({ owner, phases, councils }))).toEqual([
      { owner: 'DISTRICT', phases: ['DISTRICT'], councils: ['DISTRICT'] },
      {
        owner: 'PROVINCE',
        phases: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
        councils: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
      },
    ]);
  });

  it('seats Lai Châu’s councils at commune, district and province, with the endorsed Bình Lư model at the commune', async () => {
    for (const [place, seats] of [
      ['xã Bình Lư', 'binhlu'],
      ['huyện Tam Đường', 'tamduong'],
      ['tỉnh Lai Châu', 'laichau'],
    ]) {
      for (const [who, seat] of [
        ['chutich', 'CHAIR'],
        ['thuky', 'SECRETARY'],
        ['uyvien', 'MEMBER'],
      ]) {
        const { councils } = await (
          await signInAs(app, `${who}.${seats}`)
        ).ok<{ councils: Array<{ name: string; mySeat: string }> }>(`{ councils { name mySeat } }`);
        expect(councils).toEqual([{ name: expect.stringContaining(place), mySeat: seat }]);
      }
    }
    const { councils } = await (
      await signInAs(app, 'thuky.binhlu')
    ).ok<{ councils: Array<{ intake: Array<{ model: { title: string } }> }> }>(
      `{ councils { intake { model { title } } } }`,
    );
    expect(councils[0].intake.map((c) => c.model.title)).toEqual([
      expect.stringMatching(/nuôi lợn .* Bình Lư/),
    ]);
  });

  it('on huyện Điện Biên’s closed round says why nothing goes up instead of offering it', async () => {
    const [secretary, chair, member] = await Promise.all(
      ['thuky', 'chutich', 'uyvien'].map((u) => signInAs(app, u)),
    );
    const { councils } = await secretary.ok<{
      councils: Array<{ id: string; intake: Array<{ id: string }> }>;
    }>(`{ councils { id intake { id } } }`);
    const [{ id: councilId, intake }] = councils;
    const round = await review.open(secretary, councilId);
    const { entries } = await review.add(
      secretary,
      round.id,
      intake.map((c) => c.id),
    );
    await review.assign(secretary, round.id);
    await review.step(secretary, 'startScoring', round.id);
    for (const m of [secretary, chair, member])
      for (const e of entries)
        expect((await review.score(m, e.id, sheet(90))).errors).toBeUndefined();
    await review.step(secretary, 'startVoting', round.id);
    for (const m of [secretary, chair, member])
      for (const e of entries) await review.vote(m, e.id, 'APPROVE');
    expect((await review.step(chair, 'closeRound', round.id)).errors).toBeUndefined();

    const { round: closed } = await secretary.ok<{
      round: {
        promotion: { toCouncil: string | null };
        entries: Array<{
          candidacy: { state: string; recognition: string };
          promotion: { allowed: boolean; reason: string };
        }>;
      };
    }>(
      `query($id: ID!) { round(id: $id) { promotion { toCouncil }
         entries { candidacy { state recognition } promotion { allowed reason } } } }`,
      { id: round.id },
    );
    expect(closed.promotion.toCouncil).toBeNull();
    expect(closed.entries.map((e) => [e.candidacy.recognition, e.promotion])).toEqual(
      entries.map(() => ['EXEMPLARY', { allowed: false, reason: 'NO_PARENT_COUNCIL' }]),
    );
    const before = await snapshot(app.db);
    const res = await review.promote(
      secretary,
      round.id,
      entries.map((e) => e.candidacy.id),
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_PARENT_COUNCIL',
    });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('has this year’s decisions: one signed (an entry annulled), one awaiting the signature, one under disclosure', async () => {
    const signer = await signInAs(app, 'kyduyet');
    const { decisions } = await signer.ok<{
      decisions: Array<{
        state: string;
        numberText: string | null;
        signable: boolean;
        workingDaysLeft: number;
        entries: Array<{ bookNumber: number | null; annulledAt: string | null }>;
      }>;
    }>(
      `{ decisions { state numberText signable workingDaysLeft entries { bookNumber annulledAt } } }`,
    );
    const signed = decisions.filter((d) => d.state === 'SIGNED');
    expect(signed).toHaveLength(1);
    expect(signed[0].numberText).toBe('01/QĐ-UBND');
    expect(signed[0].entries.map((e) => [e.bookNumber, e.annulledAt !== null])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    const drafts = decisions.filter((d) => d.state === 'DISCLOSING');
    expect(drafts.map((d) => d.signable).sort()).toEqual([false, true]);
    // The one under disclosure is on the public page, open to objections.
    const { disclosures } = await app.api.ok<{ disclosures: Array<{ entries: unknown[] }> }>(
      '{ disclosures { entries { id } } }',
    );
    expect(disclosures).toHaveLength(1);
    expect(disclosures[0].entries).toHaveLength(2);
  });
});
