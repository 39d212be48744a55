import type { EntityManager } from 'typeorm';
import type {
  CandidacyAction,
  CandidacyState,
  OpeningAction,
  Recognition,
  Transition,
} from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';

/**
 * A candidacy opened or changed state, raised by the transition service inside its transaction.
 * It carries the rule taken (so subscribers read who to tell from the table) and the facts they
 * need, so none of them queries the candidacy again.
 */
export interface CandidacyChanged {
  type: 'candidacy.changed';
  rule: Transition<CandidacyAction | OpeningAction>;
  candidacyId: string;
  /** for a promotion: the candidacy below it came from */
  sourceId: string | null;
  state: CandidacyState;
  unit: { id: string; path: string; name: string };
  model: { title: string; createdBy: string };
  actor: { id: string; displayName: string };
  reason: string | null;
  /** the council acting, for its own steps (intake, recognition, promotion) */
  councilName: string | null;
  /** the level a tally gave a recognition */
  recognition: Recognition | null;
}

/** Live views hear of the change once it commits, on every server process. */
export const broadcastCandidacyChange = (tx: EntityManager, e: CandidacyChanged) =>
  EventBus.publish(tx, {
    type: 'candidacy.changed',
    candidacyId: e.candidacyId,
    unitPath: e.unit.path,
    action: e.rule.action,
    state: e.state,
  });
