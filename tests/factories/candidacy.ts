import { CandidacyAction as A, CandidacyState as S, RoundState } from '@vinh-danh/shared';
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
}

export interface BuiltCandidacy {
  candidacyId: string;
  modelId: string;
  version: number;
  /** for states a council reached: its round and entry */
  roundId?: string;
  entryId?: string;
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
  if (candidacy.state !== opts.state)
    throw new Error(`the round left the candidacy ${candidacy.state}, not ${opts.state}`);
  return { ...c, version: candidacy.version, roundId: round.roundId, entryId: round.entryIds[0] };
};
