import { CandidacyState, ErrorCode } from '@vinh-danh/shared';
import {
  buildCommendationStage,
  buildDraft,
  SIGN,
  type CommendationStage,
} from '../factories/commendation';
import { day } from '../factories/campaign';
import { startTestApp, type TestApp } from '../support/app';
import { snapshot } from '../support/snapshot';

const OBJECT = `mutation ($input: SubmitObjectionInput!) { submitObjection(input: $input) }`;
const RESOLVE = `mutation ($input: ResolveObjectionInput!) {
  resolveObjection(input: $input) { id state resolution }
}`;
const ANNUL = `mutation ($input: AnnulDecisionInput!) { annulDecision(input: $input) { id state version } }`;
const OPEN_OBJECTIONS = `{ objections(state: OPEN) { id name contact body entry { id title } } }`;

const stateOf = async (stage: CommendationStage, candidacyId: string) =>
  (await stage.db.query('SELECT state FROM candidacy WHERE id = $1', [candidacyId]))[0].state;
const auditOf = (stage: CommendationStage, candidacyId: string) =>
  stage.db.query(
    'SELECT action, from_state, to_state, reason, actor_id FROM audit_event WHERE candidacy_id = $1 ORDER BY id',
    [candidacyId],
  );
/** Time passes: the disclosure ended yesterday. */
const endDisclosure = (stage: CommendationStage, decisionId: string) =>
  stage.db.query('UPDATE decision SET disclosure_ends_on = $2 WHERE id = $1', [
    decisionId,
    day(-1),
  ]);
const objection = (entryId: string, body = 'Mô hình này chưa thực hiện đúng như báo cáo.') => ({
  input: { entryId, name: 'Lò Thị Mai', contact: '0912 345 678', body },
});

describe('commendation: proposal, disclosure, decision', () => {
  let app: TestApp;
  let stage: CommendationStage;

  beforeAll(async () => {
    app = await startTestApp({ OBJECTIONS_PER_HOUR: 4 });
    stage = await buildCommendationStage(app);
  });
  afterAll(() => app.stop());

  it('numbers 20 decisions signed at once 01 to 20, without gap or duplicate; a new year starts at 01', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) drafts.push((await buildDraft(stage, 1)).decision);
    const signed = await Promise.all(
      drafts.map((d) =>
        stage.signer.ok<{ signDecision: { number: number; year: number; numberText: string } }>(
          SIGN,
          { input: { decisionId: d.id, version: d.version } },
        ),
      ),
    );
    const numbers = signed.map((s) => s.signDecision.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(signed.map((s) => s.signDecision.numberText)).toContain('01/QĐ-UBND');

    // The same database on 4 January of the next year: its first decision is 01 again.
    const year = signed[0].signDecision.year;
    const nextYear = await startTestApp({
      DATABASE_URL: app.databaseUrl,
      CLOCK_TODAY: `${year + 1}-01-04`,
    });
    try {
      const { decision } = await buildDraft(stage, 1);
      const res = await nextYear.api
        .as(stage.signer.token)
        .ok<{ signDecision: { number: number; year: number; numberText: string } }>(SIGN, {
          input: { decisionId: decision.id, version: decision.version },
        });
      expect(res.signDecision).toMatchObject({
        number: 1,
        year: year + 1,
        numberText: '01/QĐ-UBND',
      });
    } finally {
      await nextYear.stop();
    }
  });

  it('refuses to sign before the disclosure ends, with DEADLINE_PASSED, changing nothing', async () => {
    await stage.db.query('UPDATE campaign SET disclosure_days = 5 WHERE id = $1', [
      stage.campaignId,
    ]);
    try {
      const { decision } = await buildDraft(stage, 2);
      const before = await snapshot(stage.db);
      expect(
        await stage.signer.code(SIGN, {
          input: { decisionId: decision.id, version: decision.version },
        }),
      ).toBe(ErrorCode.DEADLINE_PASSED);
      expect(await snapshot(stage.db)).toEqual(before);
    } finally {
      await stage.db.query('UPDATE campaign SET disclosure_days = 0 WHERE id = $1', [
        stage.campaignId,
      ]);
    }
  });

  it('holds an entry with an open objection out of the signed decision; dismissed, it is signed later', async () => {
    await stage.db.query('UPDATE campaign SET disclosure_days = 5 WHERE id = $1', [
      stage.campaignId,
    ]);
    const { decision, candidacyIds, proposalId } = await buildDraft(stage, 3);
    await stage.db.query('UPDATE campaign SET disclosure_days = 0 WHERE id = $1', [
      stage.campaignId,
    ]);
    const [held, kept] = decision.entries;

    // Anyone may object, without an account; the public list never shows the contact.
    expect(await stage.anonymous.ok(OBJECT, objection(held.id))).toEqual({ submitObjection: true });
    const { disclosures } = await stage.anonymous.ok<{
      disclosures: Array<Record<string, unknown>>;
    }>(
      `{ disclosures { id workingDaysLeft entries { id title personName unitName achievement } } }`,
    );
    const listed = disclosures.find((d) => d.id === decision.id)!;
    expect(JSON.stringify(listed)).not.toContain('0912');
    expect(listed.workingDaysLeft).toBeGreaterThan(0);
    const { objections } = await stage.manager.ok<{
      objections: Array<{ id: string; contact: string; entry: { id: string } }>;
    }>(OPEN_OBJECTIONS);
    const open = objections.find((o) => o.entry.id === held.id)!;
    expect(open.contact).toBe('0912 345 678');

    await endDisclosure(stage, decision.id);
    const { signDecision } = await stage.signer.ok<{
      signDecision: {
        state: string;
        entries: Array<{ id: string; bookNumber: number | null; removedAt: string | null }>;
      };
    }>(SIGN, { input: { decisionId: decision.id, version: decision.version } });
    expect(signDecision.state).toBe('SIGNED');
    const byId = new Map(signDecision.entries.map((e) => [e.id, e]));
    expect(byId.get(held.id)).toMatchObject({ bookNumber: null });
    expect(byId.get(held.id)!.removedAt).not.toBeNull();
    expect(byId.get(kept.id)!.bookNumber).toBe(1);
    expect(await stateOf(stage, candidacyIds[0])).toBe(CandidacyState.PROPOSED);
    expect(await stateOf(stage, candidacyIds[1])).toBe(CandidacyState.COMMENDED);

    // Dismissed, with a reason: audited, and the entry goes on the next draft and is signed.
    const res = await stage.manager.ok<{ resolveObjection: { state: string } }>(RESOLVE, {
      input: {
        objectionId: open.id,
        upheld: false,
        reason: 'Đã xác minh, nội dung phản ánh không đúng.',
      },
    });
    expect(res.resolveObjection.state).toBe('DISMISSED');
    expect(
      (await auditOf(stage, candidacyIds[0])).map((e: { action: string }) => e.action),
    ).toEqual(expect.arrayContaining(['PROPOSE', 'DISCLOSE', 'OBJECT', 'DISMISS_OBJECTION']));
    const again = await stage.manager.ok<{
      draftDecision: { id: string; version: number; entries: unknown[] };
    }>(
      `mutation ($input: DraftDecisionInput!) { draftDecision(input: $input) { id version entries { id } } }`,
      { input: { proposalId } },
    );
    expect(again.draftDecision.entries).toHaveLength(1);
    await stage.signer.ok(SIGN, {
      input: { decisionId: again.draftDecision.id, version: again.draftDecision.version },
    });
    expect(await stateOf(stage, candidacyIds[0])).toBe(CandidacyState.COMMENDED);
  });

  it('returns the candidacy with the reason when an objection is upheld; it leaves the list', async () => {
    await stage.db.query('UPDATE campaign SET disclosure_days = 5 WHERE id = $1', [
      stage.campaignId,
    ]);
    const { decision, candidacyIds } = await buildDraft(stage, 2);
    await stage.db.query('UPDATE campaign SET disclosure_days = 0 WHERE id = $1', [
      stage.campaignId,
    ]);
    await stage.anonymous.ok(OBJECT, objection(decision.entries[0].id));
    const { objections } = await stage.manager.ok<{
      objections: Array<{ id: string; entry: { id: string } }>;
    }>(OPEN_OBJECTIONS);
    const open = objections.find((o) => o.entry.id === decision.entries[0].id)!;

    // A reason is required; the refusal changes nothing.
    const before = await snapshot(stage.db);
    expect(
      await stage.manager.code(RESOLVE, {
        input: { objectionId: open.id, upheld: true, reason: ' ' },
      }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot(stage.db)).toEqual(before);

    const reason = 'Mô hình đã dừng hoạt động từ tháng 9.';
    await stage.manager.ok(RESOLVE, { input: { objectionId: open.id, upheld: true, reason } });
    expect(await stateOf(stage, candidacyIds[0])).toBe(CandidacyState.RETURNED);
    const last = (await auditOf(stage, candidacyIds[0])).at(-1);
    expect(last).toMatchObject({
      action: 'RETURN',
      from_state: 'PROPOSED',
      to_state: 'RETURNED',
      reason,
    });
    // Resolved once only.
    expect(
      await stage.manager.code(RESOLVE, { input: { objectionId: open.id, upheld: false, reason } }),
    ).toBe(ErrorCode.CONFLICT);
    await endDisclosure(stage, decision.id);
    const signed = await stage.signer.ok<{
      signDecision: { entries: Array<{ bookNumber: number | null }> };
    }>(SIGN, {
      input: { decisionId: decision.id, version: decision.version },
    });
    expect(signed.signDecision.entries.map((e) => e.bookNumber)).toEqual([null, 1]);
  });

  it('commends every listed candidacy with one audit event each; a refusal part way changes nothing', async () => {
    const { decision, candidacyIds } = await buildDraft(stage, 3);
    // One candidacy moved on meanwhile (as a concurrent act would): the signing must refuse whole.
    await stage.db.query(`UPDATE candidacy SET state = 'RETURNED' WHERE id = $1`, [
      candidacyIds[2],
    ]);
    const before = await snapshot(stage.db);
    expect(
      await stage.signer.code(SIGN, {
        input: { decisionId: decision.id, version: decision.version },
      }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot(stage.db)).toEqual(before);

    await stage.db.query(`UPDATE candidacy SET state = 'PROPOSED' WHERE id = $1`, [
      candidacyIds[2],
    ]);
    await stage.signer.ok(SIGN, { input: { decisionId: decision.id, version: decision.version } });
    for (const id of candidacyIds) {
      const commends = (await auditOf(stage, id)).filter(
        (e: { action: string }) => e.action === 'COMMEND',
      );
      expect(commends).toEqual([
        expect.objectContaining({ from_state: 'PROPOSED', to_state: 'COMMENDED' }),
      ]);
    }
    // A stale version is a conflict.
    expect(
      await stage.signer.code(SIGN, {
        input: { decisionId: decision.id, version: decision.version },
      }),
    ).toBe(ErrorCode.CONFLICT);
  });

  it('annuls one entry, then the whole decision, with a reason; nothing is deleted', async () => {
    const { decision, candidacyIds } = await buildDraft(stage, 2);
    const { signDecision } = await stage.signer.ok<{ signDecision: { version: number } }>(SIGN, {
      input: { decisionId: decision.id, version: decision.version },
    });
    const reason = 'Hồ sơ khai không đúng sự thật.';
    const one = await stage.signer.ok<{ annulDecision: { state: string; version: number } }>(
      ANNUL,
      {
        input: {
          decisionId: decision.id,
          version: signDecision.version,
          entryId: decision.entries[0].id,
          reason,
        },
      },
    );
    expect(one.annulDecision.state).toBe('SIGNED');
    expect(await stateOf(stage, candidacyIds[0])).toBe(CandidacyState.ANNULLED);
    expect(await stateOf(stage, candidacyIds[1])).toBe(CandidacyState.COMMENDED);
    const all = await stage.signer.ok<{ annulDecision: { state: string; version: number } }>(
      ANNUL,
      {
        input: { decisionId: decision.id, version: one.annulDecision.version, reason },
      },
    );
    expect(all.annulDecision.state).toBe('ANNULLED');
    expect(await stateOf(stage, candidacyIds[1])).toBe(CandidacyState.ANNULLED);
    const [{ n }] = await stage.db.query(
      'SELECT count(*)::int AS n FROM decision_entry WHERE decision_id = $1 AND annulled_at IS NOT NULL',
      [decision.id],
    );
    expect(n).toBe(2);
    // One decision by id, for the desk; an unknown id is null.
    const DECISION = `query ($id: ID!) { decision(id: $id) { id state } }`;
    expect(await stage.signer.ok(DECISION, { id: decision.id })).toEqual({
      decision: { id: decision.id, state: 'ANNULLED' },
    });
    expect(await stage.signer.ok(DECISION, { id: '00000000-0000-4000-8000-000000000000' })).toEqual(
      {
        decision: null,
      },
    );
    expect(
      await stage.signer.code(ANNUL, {
        input: { decisionId: decision.id, version: all.annulDecision.version, reason },
      }),
    ).toBe(ErrorCode.CONFLICT);
  });

  it('refuses every desk query and mutation to anonymous callers, and limits objections per address', async () => {
    const { decision } = await buildDraft(stage, 1);
    await stage.db.query('UPDATE decision SET disclosure_ends_on = $2 WHERE id = $1', [
      decision.id,
      day(5),
    ]);
    const before = await snapshot(stage.db);
    for (const [query, variables] of [
      ['{ decisions { id } }', {}],
      ['{ proposals { id } }', {}],
      ['{ objections { id contact } }', {}],
      ['{ issuers { id } }', {}],
      [SIGN, { input: { decisionId: decision.id, version: 1 } }],
      [ANNUL, { input: { decisionId: decision.id, version: 1, reason: 'x' } }],
      [RESOLVE, { input: { objectionId: decision.id, upheld: true, reason: 'x' } }],
    ] as const) {
      expect(await stage.anonymous.code(query, variables)).toBe(ErrorCode.UNAUTHENTICATED);
    }
    // Nor may the manager sign, or the signer draft.
    expect(await stage.manager.code(SIGN, { input: { decisionId: decision.id, version: 1 } })).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(await snapshot(stage.db)).toEqual(before);

    // Four an hour from one address (this app's setting); the fifth is refused, changing nothing.
    const entryId = decision.entries[0].id;
    const [{ n: sent }] = await stage.db.query(
      `SELECT count(*)::int AS n FROM objection WHERE created_at > now() - interval '1 hour'`,
    );
    for (let i = sent; i < 4; i++)
      await stage.anonymous.ok(OBJECT, objection(entryId, `Ý kiến ${i}`));
    const full = await snapshot(stage.db);
    expect(await stage.anonymous.code(OBJECT, objection(entryId))).toBe(
      ErrorCode.TOO_MANY_REQUESTS,
    );
    expect(await snapshot(stage.db)).toEqual(full);
  });
});
