import pdf from 'pdf-parse';
import { Role, Seat, UnitKind } from '@vinh-danh/shared';
import { buildCampaign } from '../factories/campaign';
import { buildCouncil, buildEndorsed } from '../factories/council';
import { buildTree, buildUnit, buildUser, signIn, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review } from '../support/review';

type Vote = 'APPROVE' | 'REJECT' | 'ABSTAIN';
const VOTES: readonly Vote[] = ['APPROVE', 'REJECT', 'ABSTAIN'];

interface Mark {
  entry_id: string;
  member_id: string;
  xmin: string;
  ctid: string;
}
/** A row of any table, reduced to what an attacker joins on. */
interface Row {
  table: string;
  entry_id: string | null;
  xmin: string;
  /** the transaction that last locked, or deleted, it */
  xmax: string;
  ctid: string;
  /** the vote names among its values */
  choices: Vote[];
}

/** A ctid "(page,item)" as a sortable pair. */
const position = (ctid: string) => ctid.slice(1, -1).split(',').map(Number);
const byCtid = (a: { ctid: string }, b: { ctid: string }) => {
  const [pa, ia] = position(a.ctid);
  const [pb, ib] = position(b.ctid);
  return pa - pb || ia - ib;
};

/**
 * What a database superuser reading after the fact can get: every row of every table of the
 * schema with its system columns, and the has-voted marks. Returns the links they can make
 * (member|entry → vote) by each attack, and how many voters a row of their own singles out.
 */
const attack = async (app: TestApp) => {
  const marks: Mark[] = await app.db.query(
    `SELECT entry_id, member_id, xmin::text AS xmin, ctid::text AS ctid FROM ballot_cast`,
  );
  const tables: Array<{ table_name: string }> = await app.db.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'ballot_cast'`,
  );
  const rows: Row[] = [];
  for (const { table_name } of tables) {
    const found: Array<Omit<Row, 'table'>> = await app.db.query(
      `SELECT t.xmin::text AS xmin, t.xmax::text AS xmax, t.ctid::text AS ctid, to_jsonb(t) ->> 'entry_id' AS entry_id,
              ARRAY(SELECT value FROM jsonb_each_text(to_jsonb(t)) WHERE value = ANY($1)) AS choices
         FROM "${table_name}" t`,
      [VOTES],
    );
    rows.push(...found.map((r) => ({ ...r, table: table_name })));
  }
  // A row that names one vote of one entry: a ballot, however it is stored.
  const choiceRows = rows.filter((r) => r.entry_id && r.choices.length === 1);
  const marksOf = (entryId: string) => marks.filter((m) => m.entry_id === entryId);
  const key = (m: Mark) => `${m.member_id}|${m.entry_id}`;

  // 1. Same transaction: a vote row whose xmin one mark of its entry shares.
  const byXmin = new Map<string, Vote>();
  for (const r of choiceRows) {
    const same = marksOf(r.entry_id!).filter((m) => m.xmin === r.xmin);
    if (same.length === 1) byXmin.set(key(same[0]), r.choices[0]);
  }

  // 2. Physical order: an entry's vote rows and its marks, each in ctid order, side by side.
  const byOrder = new Map<string, Vote>();
  const entries = [...new Set(marks.map((m) => m.entry_id))];
  for (const entryId of entries) {
    const ms = marksOf(entryId).sort(byCtid);
    for (const table of new Set(choiceRows.map((r) => r.table))) {
      const vs = choiceRows.filter((r) => r.table === table && r.entry_id === entryId).sort(byCtid);
      if (vs.length === ms.length) ms.forEach((m, i) => byOrder.set(key(m), vs[i].choices[0]));
    }
  }

  // 3. Time and sequence: a timestamp or sequence-fed column on both a vote table and the marks.
  const ordered: Array<{ table_name: string; column_name: string }> = await app.db.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public'
        AND (data_type LIKE 'timestamp%' OR data_type = 'date' OR column_default LIKE 'nextval%')
        AND table_name = ANY($1)`,
    [['ballot_cast', ...new Set(choiceRows.map((r) => r.table))]],
  );
  const byTime = new Map<string, Vote>();
  const markClocks = ordered.filter((c) => c.table_name === 'ballot_cast');
  const voteClocks = ordered.filter((c) => c.table_name !== 'ballot_cast');
  for (const mc of markClocks)
    for (const vc of voteClocks) {
      const joined: Array<{ member_id: string; entry_id: string; vote: Vote }> = await app.db.query(
        `SELECT m.member_id, m.entry_id, v.vote FROM ballot_cast m
             JOIN "${vc.table_name}" v ON v.entry_id = m.entry_id AND v."${vc.column_name}" = m."${mc.column_name}"`,
      );
      for (const j of joined) byTime.set(`${j.member_id}|${j.entry_id}`, j.vote);
    }

  // 4. A row of an entry that one of its marks alone shares a transaction with (by xmin, or by
  // xmax: a lock or a delete) singles that voter out, choice or not.
  const singledOut = new Set<string>();
  for (const r of rows.filter((x) => x.entry_id))
    for (const xid of [r.xmin, r.xmax]) {
      const same = marksOf(r.entry_id!).filter((m) => m.xmin === xid);
      if (same.length === 1) singledOut.add(key(same[0]));
    }
  return { byXmin, byOrder, byTime, singledOut, choiceRows, marks };
};

/** How many of the attack's links name the vote actually cast. */
const correct = (links: Map<string, Vote>, truth: Map<string, Vote>) =>
  [...links].filter(([k, v]) => truth.get(k) === v).length;

describe('secret ballots', () => {
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

  /** A district council of five with `count` entries none of them is excluded from, voting. */
  const votingRound = async (count: number) => {
    const campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id }))
      .id;
    const people: UserRow[] = [];
    for (let i = 0; i < 5; i++) people.push(await buildUser(app.db, { unit: tree.district }));
    const seats = [Seat.CHAIR, Seat.SECRETARY, Seat.MEMBER, Seat.MEMBER, Seat.MEMBER];
    const council = await buildCouncil(app.db, {
      unit: tree.district,
      campaignId,
      createdBy: creator.id,
      seats: people.map((p, i) => [p, seats[i]]),
    });
    const clients = await Promise.all(people.map((p) => signIn(app.api, p)));
    const agency = await buildUnit(app.db, { kind: UnitKind.AGENCY, parent: tree.district });
    const ids: string[] = [];
    for (let i = 0; i < count; i++)
      ids.push(
        (await buildEndorsed(app.db, { unit: agency, campaignId, createdBy: creator.id }))
          .candidacyId,
      );
    const [chair, secretary] = clients;
    const round = await review.open(secretary, council.id);
    const { entries } = await review.add(secretary, round.id, ids);
    await review.assign(secretary, round.id);
    expect((await review.step(secretary, 'startScoring', round.id)).errors).toBeUndefined();
    expect((await review.step(secretary, 'startVoting', round.id)).errors).toBeUndefined();
    return {
      roundId: round.id,
      entryIds: entries.map((e) => e.id),
      chair,
      secretary,
      clients,
      memberIds: people.map((p) => council.members[p.username]),
    };
  };

  it('keeps nothing in the tables that links a member to their vote, for a superuser reading it', async () => {
    const r = await votingRound(2);
    // Known choices, no entry unanimous (its counts alone would tell), cast in an order that is
    // neither the members' nor the entries'.
    const choices: Vote[][] = [
      ['APPROVE', 'REJECT', 'APPROVE', 'ABSTAIN', 'REJECT'],
      ['REJECT', 'APPROVE', 'ABSTAIN', 'APPROVE', 'APPROVE'],
    ];
    const order = [3, 0, 4, 1, 2];
    const truth = new Map<string, Vote>();
    for (const i of order)
      for (const e of [1, 0]) {
        const vote = choices[e][i];
        expect((await review.vote(r.clients[i], r.entryIds[e], vote)).errors).toBeUndefined();
        truth.set(`${r.memberIds[i]}|${r.entryIds[e]}`, vote);
      }
    expect(truth.size).toBe(10);

    const figures = async () => {
      const a = await attack(app);
      return {
        marks: a.marks.length,
        xmin: correct(a.byXmin, truth),
        order: correct(a.byOrder, truth),
        time: correct(a.byTime, truth),
        singledOut: a.singledOut.size,
        voteRows: a.choiceRows.length,
      };
    };
    const nothing = { marks: 10, xmin: 0, order: 0, time: 0, singledOut: 0, voteRows: 0 };
    // While voting is open, and after the close.
    expect(await figures()).toEqual(nothing);
    expect((await review.step(r.chair, 'closeRound', r.roundId)).errors).toBeUndefined();
    expect(await figures()).toEqual(nothing);

    // The counts still add up, on the entries, once closed.
    const counts = await app.db.query(
      `SELECT approve, reject, abstain FROM round_entry WHERE id = ANY($1) ORDER BY array_position($1, id)`,
      [r.entryIds],
    );
    expect(counts).toEqual([
      { approve: 2, reject: 2, abstain: 1 },
      { approve: 3, reject: 1, abstain: 1 },
    ]);
  });

  const RESULT = `query($id: ID!) { round(id: $id) { state entries { ballotsCast
    result { quorumMet approve reject abstain eligible } } } }`;
  interface Seen {
    round: {
      state: string;
      entries: Array<{ ballotsCast: number; result: Record<string, unknown> | null }>;
    };
  }
  const seen = async (api: GraphQLClient, roundId: string) =>
    (await api.ok<Seen>(RESULT, { id: roundId })).round;

  it('shows no counts to anyone while voting is open, and none after a close short of the quorum', async () => {
    const r = await votingRound(1);
    const [chair, secretary, m1, m2, m3] = r.clients;
    // One ballot of five: who cast it is visible, so counts would be that member's vote.
    expect((await review.vote(m1, r.entryIds[0], 'REJECT')).errors).toBeUndefined();
    await review.step(chair, 'publishResults', r.roundId);
    for (const api of r.clients) {
      expect(await seen(api, r.roundId)).toEqual({
        state: 'VOTING',
        entries: [{ ballotsCast: 1, result: null }],
      });
    }
    // The session has its quorum (all five present), the entry's ballots do not (1 of 5 < 2/3).
    for (const id of [r.memberIds[0], r.memberIds[1], r.memberIds[3], r.memberIds[4]])
      expect((await review.attend(secretary, r.roundId, id, true)).errors).toBeUndefined();
    expect((await review.step(chair, 'closeRound', r.roundId)).errors).toBeUndefined();
    for (const api of [chair, secretary, m1, m2, m3]) {
      expect(await seen(api, r.roundId)).toEqual({
        state: 'CLOSED',
        entries: [
          {
            ballotsCast: 1,
            result: { quorumMet: false, approve: null, reject: null, abstain: null, eligible: 5 },
          },
        ],
      });
    }
    // Nor does the database keep them: beside the one mark they would be that member's vote.
    const [row] = await app.db.query(
      `SELECT quorum_met, approve, reject, abstain, eligible FROM round_entry WHERE id = $1`,
      [r.entryIds[0]],
    );
    expect(row).toEqual({
      quorum_met: false,
      approve: null,
      reject: null,
      abstain: null,
      eligible: 5,
    });
    // The minutes say "no quorum" where the counts would be.
    const res = await fetch(`${app.url}/api/rounds/${r.roundId}/minutes.pdf`, {
      headers: { authorization: `Bearer ${secretary.token}` },
    });
    expect(res.status).toBe(200);
    const text = (await pdf(Buffer.from(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain('–––5Không được công nhận (không đủ số thành viên bỏ phiếu)');
  });
});
