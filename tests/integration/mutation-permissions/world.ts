import { randomBytes } from 'node:crypto';
import {
  CandidacyState as S,
  ROLES,
  Seat,
  SEATS,
  UnitKind,
  type RoundState,
} from '@vinh-danh/shared';
import {
  buildLeader,
  buildManager,
  buildOfficer,
  buildTree,
  buildUnit,
  buildUser,
  buildWithRole,
  signIn,
  type UserRow,
} from '../../factories';
import { buildCampaign } from '../../factories/campaign';
import { buildCandidacy, type UnitDesk } from '../../factories/candidacy';
import { buildIssuer } from '../../factories/commendation';
import { buildSeatedCouncil } from '../../factories/council';
import { ONE_PAGE_PDF } from '../../factories/files';
import { buildRound } from '../../factories/round';
import type { TestApp } from '../../support/app';
import type { GraphQLClient, GraphQLResponse } from '../../support/client';
import { review } from '../../support/review';
import { CALLERS } from './callers';
import type { Caller, World } from './types';

const must = (res: GraphQLResponse<unknown>) => {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
};

export interface Signed {
  /** null for the anonymous caller */
  user: UserRow | null;
  api: GraphQLClient;
}

/**
 * The fixtures every row calls on, and one signed-in client per caller. A province runs the
 * campaign; its district's council reviews the candidacies of commune A (no council nearer
 * takes them) and promotes to the province's council; commune B holds the callers beside the
 * rows and a council of its own; a unit inside commune A holds the callers below them.
 */
export const buildWorld = async (
  app: TestApp,
): Promise<{ world: World; callers: Record<Caller, Signed> }> => {
  const { db } = app;
  const tree = await buildTree(db);
  const creator = await buildManager(db, tree.province);
  const { id: campaignId } = await buildCampaign(db, {
    unit: tree.province,
    createdBy: creator.id,
  });
  const seated = (unit: typeof tree.province, rules = {}) =>
    buildSeatedCouncil(db, app.api, { unit, campaignId, createdBy: creator.id, rules });
  // A quota that the rows promoting never use up.
  const council = await seated(tree.district, { promotionQuota: 100 });
  const above = await seated(tree.province); // where the district's exemplary entries go up to
  const other = await seated(tree.communeB);
  const below = await buildUnit(db, {
    name: 'Thôn Bản',
    kind: UnitKind.AGENCY,
    parent: tree.communeA,
  });
  const officer = await buildOfficer(db, tree.communeA);
  const desk: UnitDesk = {
    officer: await signIn(app.api, officer),
    leader: await signIn(app.api, await buildLeader(db, tree.communeA)),
    campaignId,
    unitId: tree.communeA.id,
  };

  const callers = { anonymous: { user: null, api: app.api } } as Record<Caller, Signed>;
  const add = async (caller: Caller, user: UserRow) => {
    callers[caller] = { user, api: await signIn(app.api, user) };
  };
  await add('NO_SEAT', await buildUser(db, { unit: tree.communeA }));
  for (const role of ROLES) {
    await add(role, await buildWithRole(db, role, tree.province));
    await add(`${role}@other`, await buildWithRole(db, role, tree.communeB));
    await add(`${role}@below`, await buildWithRole(db, role, below));
  }
  for (const seat of SEATS) {
    callers[seat] = council.seats[seat];
    callers[`${seat}@other`] = other.seats[seat];
    callers[`${seat}@above`] = above.seats[seat];
  }
  const missing = CALLERS.filter((c) => !callers[c]);
  if (missing.length) throw new Error(`no client for ${missing.join(', ')}`);

  // The district's People's Committee commends what its council recognises; drafts can be
  // signed at once (no disclosure period), so that every end-of-year state is quick to reach.
  const issuerId = await buildIssuer(db, tree.district);
  await db.query('UPDATE campaign SET disclosure_days = 0 WHERE id = $1', [campaignId]);
  desk.commendation = {
    issuerId,
    manager: callers.CAMPAIGN_MANAGER.api,
    signer: callers.SIGNER.api,
  };

  let n = 0;
  const candidacy = (state: S) => buildCandidacy(desk, { state, council });
  const world: World = {
    app,
    tree,
    campaignId,
    creator,
    issuerId,
    council,
    other,
    above,
    uniq: () => `${(n += 1)}${randomBytes(2).toString('hex')}`.toUpperCase(),
    freshUnit: () => buildUnit(db, { parent: tree.communeA, kind: UnitKind.AGENCY }),
    candidacy,
    round: async (state: RoundState, opts = {}) => {
      const candidacyIds: string[] = [];
      for (let i = 0; i < (opts.entries ?? 1); i += 1)
        candidacyIds.push((await candidacy(S.ENDORSED)).candidacyId);
      return { ...(await buildRound(council, { ...opts, state, candidacyIds })), candidacyIds };
    },
    drafted: async () => {
      const { proposalId } = await candidacy(S.PROPOSED);
      const { draftDecision } = await callers.CAMPAIGN_MANAGER.api.ok<{
        draftDecision: { id: string; version: number; entries: Array<{ id: string }> };
      }>(
        `mutation($input: DraftDecisionInput!) { draftDecision(input: $input) { id version entries { id } } }`,
        { input: { proposalId } },
      );
      return draftDecision;
    },
    promoted: async () => {
      const { roundId, candidacyId } = await candidacy(S.RECOGNISED).then((c) => ({
        roundId: c.roundId!,
        candidacyId: c.candidacyId,
      }));
      must(await review.promote(council.seats[Seat.SECRETARY].api, roundId, [candidacyId]));
      const [row] = await db.query(
        'SELECT id, version, model_id FROM candidacy WHERE promoted_from = $1',
        [candidacyId],
      );
      return { candidacyId: row.id, version: row.version, modelId: row.model_id };
    },
    evidence: async () => {
      const { modelId } = await candidacy(S.DRAFT);
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(ONE_PAGE_PDF)]), 'Báo cáo thành tích.pdf');
      const res = await fetch(`${app.url}/api/models/${modelId}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${desk.officer.token}` },
        body,
      });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
      return { id: ((await res.json()) as { id: string }).id, modelId };
    },
    someoneElsesNotification: async () => {
      const unread = () =>
        db.query('SELECT id FROM notification WHERE user_id = $1 AND read_at IS NULL LIMIT 1', [
          officer.id,
        ]);
      if (!(await unread()).length) await candidacy(S.ENDORSED);
      const [row] = await unread();
      if (!row) throw new Error('the unit officer has no unread notification');
      return row.id as string;
    },
  };
  return { world, callers };
};
