import { CANDIDACY_STATES, FINAL_STATES, INITIAL_STATE, type CandidacyState } from './states';
import type { Opening, Transition } from './table';

/**
 * Checks a transition table: every state reachable from the initial one (or from where an opening
 * lands), no dead end outside the final states, nothing leaving a final state, every action and
 * opening with a role, no opening straight into a final state, and no two transitions of one
 * action from one state. Returns the problems found, empty when the table is sound.
 */
export const validateTable = (
  table: readonly Transition[],
  openings: readonly Opening[] = [],
  states: readonly CandidacyState[] = CANDIDACY_STATES,
  initial: CandidacyState = INITIAL_STATE,
  finals: readonly CandidacyState[] = FINAL_STATES,
): string[] => {
  const problems: string[] = [];
  const reached = new Set<CandidacyState>([initial, ...openings.map((o) => o.to)]);
  for (const o of openings) {
    if (o.roles.length + o.seats.length === 0) problems.push(`opening ${o.action} has no role`);
    if (finals.includes(o.to)) problems.push(`opening ${o.action} leads to final ${o.to}`);
    if (!states.includes(o.to)) problems.push(`opening ${o.action} names unknown state ${o.to}`);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const t of table) {
      if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
        reached.add(t.to);
        grew = true;
      }
    }
  }
  for (const s of states) {
    if (!reached.has(s)) problems.push(`state ${s} cannot be reached from ${initial}`);
    const leaves = table.some((t) => t.from.includes(s));
    if (finals.includes(s) && leaves) problems.push(`final state ${s} has a way out`);
    if (!finals.includes(s) && !leaves) problems.push(`state ${s} is a dead end`);
  }
  const seen = new Set<string>();
  for (const t of table) {
    if (t.roles.length + t.seats.length === 0) problems.push(`action ${t.action} has no role`);
    for (const s of [...t.from, t.to]) {
      if (!states.includes(s)) problems.push(`action ${t.action} names unknown state ${s}`);
    }
    for (const s of t.from) {
      const key = `${t.action}@${s}`;
      if (seen.has(key)) problems.push(`action ${t.action} is defined twice from ${s}`);
      seen.add(key);
    }
  }
  return problems;
};
