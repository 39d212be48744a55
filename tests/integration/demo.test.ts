import {
  CANDIDACY_STATES,
  transitionFor,
  type CandidacyAction,
  type CandidacyState,
} from '@vinh-danh/shared';
import { startTestApp, type TestApp } from '../support/app';

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
    const stages = CANDIDACY_STATES.filter(
      (s) => !['IN_REVIEW', 'RECOGNISED', 'NOT_RECOGNISED'].includes(s),
    );
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
      for (const e of events.slice(1)) {
        expect(transitionFor(e.action as CandidacyAction, e.from_state!)?.to).toBe(e.to_state);
      }
      expect({ title: c.title, state: events.at(-1)!.to_state, version: events.length }).toEqual({
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
});
