import {
  CandidacyAction as A,
  CandidacyState as S,
  ROLES,
  Role,
  type Refusal,
} from '@vinh-danh/shared';
import { completeForm } from '../../factories/campaign';
import { elsewhere } from './callers';
import type { Caller, Case, Outcome, Table, World } from './types';

/** In-scope roles that reach the candidacy but may not take this move. */
const otherRoles = (allowed: readonly Role[], refusal: Refusal) =>
  Object.fromEntries(ROLES.filter((r) => !allowed.includes(r)).map((r) => [r, refusal])) as Partial<
    Record<Caller, Refusal>
  >;

const TRANSITION = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { id } }`;

/**
 * One move of the lifecycle through the mutation. Whoever reaches the unit by a role and may
 * not take it is told so; everyone else (council seats included: their moves go through a
 * round) is outside its scope.
 */
const move = (
  action: A,
  from: S,
  allowed: readonly Role[],
  name = `${action} from ${from}`,
): Case => ({
  name,
  document: TRANSITION,
  prepare: async (w) => {
    const c = await w.candidacy(from);
    return {
      input: { candidacyId: c.candidacyId, version: c.version, action, reason: 'Cần bổ sung' },
    };
  },
  allowed,
  refused: 'OUTSIDE_SCOPE',
  except: otherRoles(allowed, 'ROLE_NOT_ALLOWED'),
});

const modelVersion = async (w: World, modelId: string) =>
  (await w.app.db.query('SELECT version FROM model WHERE id = $1', [modelId]))[0].version as number;

/** Models and their lifecycle: the unit's officer registers, its leader endorses. */
export const CANDIDACY: Table = {
  transitionCandidacy: [
    move(A.SUBMIT, S.DRAFT, [Role.UNIT_OFFICER]),
    move(A.ENDORSE, S.SUBMITTED, [Role.UNIT_LEADER]),
    move(A.RETURN, S.SUBMITTED, [Role.UNIT_LEADER]),
    move(A.WITHDRAW, S.ENDORSED, [Role.UNIT_OFFICER, Role.UNIT_LEADER]),
    // Promoted, the candidacy belongs to the unit above: its people withdraw it, not the model's.
    {
      ...move(A.WITHDRAW, S.ENDORSED, [Role.UNIT_OFFICER, Role.UNIT_LEADER]),
      name: 'WITHDRAW a promoted one, waiting in the province council’s intake',
      prepare: async (w) => {
        const c = await w.promoted();
        return { input: { candidacyId: c.candidacyId, version: c.version, action: A.WITHDRAW } };
      },
    },
    // Council moves belong to seats and go through a round, never through this mutation.
    move(A.INTAKE, S.ENDORSED, [], 'INTAKE from ENDORSED, not through a round'),
    move(A.RECOGNISE, S.IN_REVIEW, [], 'RECOGNISE from IN_REVIEW, not through a round'),
  ],
  endorseCandidacies: [
    {
      document: `mutation($input: BulkEndorseInput!) {
        endorseCandidacies(input: $input) { candidacy { id } errorCode refusal } }`,
      prepare: async (w) => {
        const c = await w.candidacy(S.SUBMITTED);
        return { input: { items: [{ candidacyId: c.candidacyId, version: c.version }] } };
      },
      allowed: [Role.UNIT_LEADER],
      refused: 'FORBIDDEN',
      // Each item succeeds or fails on its own: a leader elsewhere is refused item by item.
      except: elsewhere(Role.UNIT_LEADER, 'OUTSIDE_SCOPE'),
      outcome: (data) => {
        const [item] = data.endorseCandidacies as Array<{
          errorCode: string | null;
          refusal: string | null;
        }>;
        return item.errorCode
          ? ({ code: item.errorCode, refusal: item.refusal ?? undefined } as Outcome)
          : null;
      },
    },
  ],
  registerModel: [
    {
      document: `mutation($input: RegisterModelInput!) { registerModel(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          campaignId: w.campaignId,
          unitId: w.tree.communeA.id,
          kind: 'COLLECTIVE',
          title: 'Mô hình Dân vận khéo xây dựng nông thôn mới',
          fieldCode: 'ECONOMY',
          form: completeForm(),
        },
      }),
      allowed: [Role.UNIT_OFFICER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.UNIT_OFFICER, 'ONLY_UNIT_OFFICER'),
    },
  ],
  updateModel: [
    {
      document: `mutation($input: UpdateModelInput!) { updateModel(input: $input) { id } }`,
      prepare: async (w) => {
        const c = await w.candidacy(S.DRAFT);
        return {
          input: { id: c.modelId, version: await modelVersion(w, c.modelId), title: 'Tên mới' },
        };
      },
      allowed: [Role.UNIT_OFFICER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.UNIT_OFFICER, 'ONLY_UNIT_OFFICER'),
    },
  ],
  removeEvidence: [
    {
      document: `mutation($id: ID!) { removeEvidence(id: $id) { id } }`,
      prepare: async (w) => ({ id: (await w.evidence()).id }),
      allowed: [Role.UNIT_OFFICER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.UNIT_OFFICER, 'ONLY_UNIT_OFFICER'),
    },
  ],
};
