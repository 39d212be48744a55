import {
  AwardType,
  CandidacyState as S,
  Role,
  ROLES,
  Seat,
  SEATS,
  type Refusal,
} from '@vinh-danh/shared';
import { CALLERS, elsewhere } from './callers';
import type { Caller, Table } from './types';

/** Every caller but anonymous is refused `refusal`; these, out of scope, `outside`. */
const outOfScope = (refusal: Refusal): Partial<Record<Caller, Refusal>> =>
  Object.fromEntries(
    [
      'NO_SEAT',
      ...ROLES.flatMap((r) => [`${r}@other`, `${r}@below`]),
      ...SEATS.flatMap((s) => [`${s}@other`, `${s}@above`]),
    ].map((c) => [c, refusal]),
  );

/**
 * The end of the year. Proposing is the council's secretary's, or the campaign manager's, as a
 * transition of the table; drafting and resolving objections, the manager's; signing and
 * annulling, the signing authority's. Objecting is open to anyone, signed in or not.
 */
export const COMMENDATION: Table = {
  proposeCommendation: [
    {
      document: `mutation($input: ProposeCommendationInput!) { proposeCommendation(input: $input) { id } }`,
      prepare: async (w) => {
        const c = await w.candidacy(S.RECOGNISED);
        return {
          input: {
            roundId: c.roundId,
            issuerId: w.issuerId,
            awardType: AwardType.GIAY_KHEN,
            entries: [{ candidacyId: c.candidacyId, achievement: 'Có thành tích xuất sắc' }],
          },
        };
      },
      allowed: [Seat.SECRETARY, Role.CAMPAIGN_MANAGER],
      refused: 'ROLE_NOT_ALLOWED',
      except: outOfScope('OUTSIDE_SCOPE'),
    },
  ],
  draftDecision: [
    {
      document: `mutation($input: DraftDecisionInput!) { draftDecision(input: $input) { id } }`,
      prepare: async (w) => ({ input: { proposalId: (await w.candidacy(S.PROPOSED)).proposalId } }),
      allowed: [Role.CAMPAIGN_MANAGER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.CAMPAIGN_MANAGER, 'ROLE_NOT_ALLOWED'),
    },
  ],
  signDecision: [
    {
      document: `mutation($input: DecisionVersionInput!) { signDecision(input: $input) { id } }`,
      prepare: async (w) => {
        const d = await w.drafted();
        return { input: { decisionId: d.id, version: d.version } };
      },
      allowed: [Role.SIGNER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.SIGNER, 'ROLE_NOT_ALLOWED'),
    },
  ],
  signDecisions: [
    {
      document: `mutation($input: SignDecisionsInput!) { signDecisions(input: $input) { id } }`,
      prepare: async (w) => {
        const d = await w.drafted();
        return { input: { decisions: [{ decisionId: d.id, version: d.version }] } };
      },
      allowed: [Role.SIGNER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.SIGNER, 'ROLE_NOT_ALLOWED'),
    },
  ],
  annulDecision: [
    {
      document: `mutation($input: AnnulDecisionInput!) { annulDecision(input: $input) { id } }`,
      prepare: async (w) => {
        const { decision } = await w.candidacy(S.COMMENDED);
        return {
          input: { decisionId: decision!.id, version: decision!.version, reason: 'Hồ sơ khai sai' },
        };
      },
      allowed: [Role.SIGNER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.SIGNER, 'ROLE_NOT_ALLOWED'),
    },
  ],
  submitObjection: [
    {
      document: `mutation($input: SubmitObjectionInput!) { submitObjection(input: $input) }`,
      prepare: async (w) => {
        const d = await w.drafted();
        // Open for a week more: drafts of this world are otherwise signable at once.
        await w.app.db.query(
          `UPDATE decision SET disclosure_ends_on = current_date + 7 WHERE id = $1`,
          [d.id],
        );
        return {
          input: {
            entryId: d.entries[0].id,
            name: 'Lò Thị Mai',
            contact: '0912',
            body: 'Chưa đúng',
          },
        };
      },
      allowed: CALLERS.filter((c) => c !== 'anonymous'),
      public: true,
      refused: 'FORBIDDEN',
      sharedTarget: true,
    },
  ],
  resolveObjection: [
    {
      document: `mutation($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id } }`,
      prepare: async (w) => {
        const d = await w.drafted();
        const [{ id }] = await w.app.db.query(
          `INSERT INTO objection (decision_entry_id, name, contact, body, client)
           VALUES ($1, 'Lò Thị Mai', '0912', 'Chưa đúng', 'test') RETURNING id`,
          [d.entries[0].id],
        );
        return { input: { objectionId: id, upheld: false, reason: 'Không đúng sự thật' } };
      },
      allowed: [Role.CAMPAIGN_MANAGER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.CAMPAIGN_MANAGER, 'ROLE_NOT_ALLOWED'),
    },
  ],
};
