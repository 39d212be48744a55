import {
  AwardType,
  CandidacyAction as A,
  CandidacyState as S,
  RoundState,
  Seat,
} from '@vinh-danh/shared';
import type { GraphQLClient } from '../support/client';
import { registerModel } from './campaign';
import type { SeatedCouncil } from './council';
import { buildRound } from './round';

/** A unit's own people and the campaign they register in. */
export interface UnitDesk {
  officer: GraphQLClient;
  leader: GraphQLClient;
  campaignId: string;
  unitId: string;
  /** for the end of the year: an issuer serving the council, and who drafts and signs */
  commendation?: { issuerId: string; manager: GraphQLClient; signer: GraphQLClient };
}

export interface BuiltCandidacy {
  candidacyId: string;
  modelId: string;
  version: number;
  /** for states a council reached: its round and entry */
  roundId?: string;
  entryId?: string;
  /** for states a proposal or a decision reached */
  proposalId?: string;
  decision?: { id: string; version: number; entryId: string };
}

const TRANSITION = `mutation($input: TransitionInput!) {
  transitionCandidacy(input: $input) { state version }
}`;

const take = async (
  api: GraphQLClient,
  c: BuiltCandidacy,
  action: A,
  reason?: string,
): Promise<BuiltCandidacy> => {
  const { transitionCandidacy } = await api.ok<{ transitionCandidacy: { version: number } }>(
    TRANSITION,
    { input: { candidacyId: c.candidacyId, version: c.version, action, reason } },
  );
  return { ...c, version: transitionCandidacy.version };
};

/**
 * A candidacy of the desk's unit in `state`, reached through the API and the transition engine
 * as its people would reach it (register, submit, endorse, a council's round), so that its
 * audit trail, notifications and version are the real ones. States a council reaches need the
 * council that takes the unit's candidacies.
 */
export const buildCandidacy = async (
  desk: UnitDesk,
  opts: { state: S; council?: SeatedCouncil; title?: string },
): Promise<BuiltCandidacy> => {
  let c: BuiltCandidacy = await registerModel(desk.officer, {
    campaignId: desk.campaignId,
    unitId: desk.unitId,
    title: opts.title,
  });
  if (opts.state === S.DRAFT) return c;
  if (opts.state === S.WITHDRAWN) return take(desk.officer, c, A.WITHDRAW);
  c = await take(desk.officer, c, A.SUBMIT);
  if (opts.state === S.SUBMITTED) return c;
  if (opts.state === S.RETURNED) return take(desk.leader, c, A.RETURN, 'Cần bổ sung số liệu');
  c = await take(desk.leader, c, A.ENDORSE);
  if (opts.state === S.ENDORSED) return c;
  if (!opts.council) throw new Error(`a candidacy reaches ${opts.state} through a council`);
  const round = await buildRound(opts.council, {
    state: opts.state === S.IN_REVIEW ? RoundState.DRAFT : RoundState.CLOSED,
    candidacyIds: [c.candidacyId],
    verdict: opts.state === S.NOT_RECOGNISED ? 'rejected' : 'exemplary',
  });
  const { candidacy } = await desk.officer.ok<{ candidacy: { state: S; version: number } }>(
    `query($id: ID!) { candidacy(id: $id) { state version } }`,
    { id: c.candidacyId },
  );
  const reviewed = {
    ...c,
    version: candidacy.version,
    roundId: round.roundId,
    entryId: round.entryIds[0],
  };
  if (END_OF_YEAR.includes(opts.state)) return commend(desk, opts.council, reviewed, opts.state);
  if (candidacy.state !== opts.state)
    throw new Error(`the round left the candidacy ${candidacy.state}, not ${opts.state}`);
  return reviewed;
};

const END_OF_YEAR: readonly S[] = [S.PROPOSED, S.COMMENDED, S.ANNULLED];

/**
 * On from recognised: the council's secretary proposes it, the manager drafts a decision (the
 * campaign's disclosure period must be 0 days for it to be signed at once), the signer signs it,
 * and annuls it for ANNULLED.
 */
const commend = async (
  desk: UnitDesk,
  council: SeatedCouncil,
  c: BuiltCandidacy,
  state: S,
): Promise<BuiltCandidacy> => {
  if (!desk.commendation) throw new Error(`a candidacy reaches ${state} through a decision`);
  const { issuerId, manager, signer } = desk.commendation;
  const { proposeCommendation: proposal } = await council.seats[Seat.SECRETARY].api.ok<{
    proposeCommendation: { id: string };
  }>(`mutation($input: ProposeCommendationInput!) { proposeCommendation(input: $input) { id } }`, {
    input: {
      roundId: c.roundId,
      issuerId,
      awardType: AwardType.GIAY_KHEN,
      entries: [{ candidacyId: c.candidacyId, achievement: 'Có thành tích xuất sắc' }],
    },
  });
  const proposed = { ...c, version: c.version + 1, proposalId: proposal.id };
  if (state === S.PROPOSED) return proposed;
  const { draftDecision: draft } = await manager.ok<{
    draftDecision: { id: string; version: number; entries: Array<{ id: string }> };
  }>(
    `mutation($input: DraftDecisionInput!) { draftDecision(input: $input) { id version entries { id } } }`,
    { input: { proposalId: proposal.id } },
  );
  const { signDecision: signed } = await signer.ok<{ signDecision: { version: number } }>(
    `mutation($input: DecisionVersionInput!) { signDecision(input: $input) { version } }`,
    { input: { decisionId: draft.id, version: draft.version } },
  );
  const decision = { id: draft.id, version: signed.version, entryId: draft.entries[0].id };
  const commended = { ...proposed, version: proposed.version + 1, decision };
  if (state === S.COMMENDED) return commended;
  const { annulDecision } = await signer.ok<{ annulDecision: { version: number } }>(
    `mutation($input: AnnulDecisionInput!) { annulDecision(input: $input) { version } }`,
    { input: { decisionId: draft.id, version: signed.version, reason: 'Hồ sơ khai không đúng' } },
  );
  return {
    ...commended,
    version: commended.version + 1,
    decision: { ...decision, version: annulDecision.version },
  };
};
