import { Role } from '../auth/roles';
import { Seat } from '../council/seats';
import { CandidacyState as S, CANDIDACY_STATES } from './states';
import {
  actionsFrom,
  CandidacyAction as A,
  OpeningAction,
  OPENINGS,
  openingFor,
  TRANSITIONS,
  transitionFor,
  type Transition,
} from './table';
import { validateTable } from './validate';

describe('the candidacy transition table', () => {
  it('is sound: every state reachable, no dead ends, every action with a role', () => {
    expect(validateTable(TRANSITIONS, OPENINGS)).toEqual([]);
  });

  it('walks the lifecycle of this issue from draft to endorsed and back through returned', () => {
    const walk: Array<[A, S]> = [
      [A.SUBMIT, S.DRAFT],
      [A.RETURN, S.SUBMITTED],
      [A.SUBMIT, S.RETURNED],
      [A.ENDORSE, S.SUBMITTED],
      [A.WITHDRAW, S.ENDORSED],
    ];
    const path = walk.map(([action, from]) => transitionFor(action, from)?.to);
    expect(path).toEqual([S.SUBMITTED, S.RETURNED, S.SUBMITTED, S.ENDORSED, S.WITHDRAWN]);
  });

  it('allows nothing from withdrawn', () => {
    for (const role of Object.values(Role)) expect(actionsFrom(S.WITHDRAWN, [role])).toEqual([]);
    for (const action of Object.values(A))
      expect(transitionFor(action, S.WITHDRAWN)).toBeUndefined();
  });

  it('gives each role only its own actions', () => {
    const names = (state: S, role: Role) => actionsFrom(state, [role]).map((t) => t.action);
    expect(names(S.DRAFT, Role.UNIT_OFFICER)).toEqual([A.SUBMIT, A.WITHDRAW]);
    expect(names(S.SUBMITTED, Role.UNIT_OFFICER)).toEqual([A.WITHDRAW]);
    expect(names(S.SUBMITTED, Role.UNIT_LEADER)).toEqual([A.ENDORSE, A.RETURN, A.WITHDRAW]);
    expect(names(S.SUBMITTED, Role.ADMIN)).toEqual([]);
    expect(names(S.ENDORSED, Role.CAMPAIGN_MANAGER)).toEqual([]);
  });

  it('requires a reason to return (leader, council, an upheld objection) and to annul', () => {
    expect(TRANSITIONS.filter((t) => t.reasonRequired).map((t) => [t.action, t.from])).toEqual([
      [A.RETURN, [S.SUBMITTED]],
      [A.RETURN, [S.IN_REVIEW]],
      [A.RETURN, [S.PROPOSED]],
      [A.ANNUL, [S.COMMENDED]],
    ]);
  });

  it('takes the end-of-year steps only through a proposal, an objection or a decision', () => {
    const through = TRANSITIONS.filter((t) => t.through).map((t) => [t.action, t.through]);
    expect(through).toEqual([
      [A.PROPOSE, 'proposal'],
      [A.RETURN, 'objection'],
      [A.COMMEND, 'decision'],
      [A.ANNUL, 'decision'],
    ]);
  });

  it('gives council actions to seats, not roles', () => {
    const names = (state: S, seat: Seat) =>
      actionsFrom(state, [], TRANSITIONS, [seat]).map((t) => t.action);
    expect(names(S.ENDORSED, Seat.SECRETARY)).toEqual([A.INTAKE]);
    expect(names(S.IN_REVIEW, Seat.SECRETARY)).toEqual([A.RETURN]);
    expect(names(S.IN_REVIEW, Seat.CHAIR)).toEqual([A.RECOGNISE, A.NOT_RECOGNISE]);
    expect(names(S.IN_REVIEW, Seat.MEMBER)).toEqual([]);
    for (const role of Object.values(Role)) expect(actionsFrom(S.IN_REVIEW, [role])).toEqual([]);
  });

  it('walks a model through review: endorsed, in review, recognised', () => {
    expect(transitionFor(A.INTAKE, S.ENDORSED)?.to).toBe(S.IN_REVIEW);
    expect(transitionFor(A.RECOGNISE, S.IN_REVIEW)?.to).toBe(S.RECOGNISED);
    expect(transitionFor(A.NOT_RECOGNISE, S.IN_REVIEW)?.to).toBe(S.NOT_RECOGNISED);
    expect(transitionFor(A.RETURN, S.IN_REVIEW)?.to).toBe(S.RETURNED);
    expect(transitionFor(A.WITHDRAW, S.IN_REVIEW)).toBeUndefined();
  });

  it('opens a registration as a draft by the unit officer, a promotion as endorsed by the secretary', () => {
    const register = openingFor(OpeningAction.REGISTER);
    expect([register.to, register.roles, register.seats]).toEqual([
      S.DRAFT,
      [Role.UNIT_OFFICER],
      [],
    ]);
    const promoted = openingFor(OpeningAction.PROMOTED);
    expect([promoted.to, promoted.roles, promoted.seats]).toEqual([
      S.ENDORSED,
      [],
      [Seat.SECRETARY],
    ]);
    expect(promoted.onSource).toBe('PROMOTE');
  });

  it('tells the leaders above of a submission and the registrant of everything else', () => {
    const told = (action: A | OpeningAction) =>
      [...TRANSITIONS, ...OPENINGS].filter((t) => t.action === action).map((t) => t.notify);
    expect(told(A.SUBMIT)).toEqual([{ kind: 'nearest', roles: [Role.UNIT_LEADER] }]);
    expect(told(A.RECOGNISE)).toEqual([{ kind: 'registrant' }]);
    expect(told(OpeningAction.PROMOTED)).toEqual([{ kind: 'registrant' }]);
    expect(told(OpeningAction.REGISTER)).toEqual([{ kind: 'nobody' }]);
  });

  it('every state appears in the table', () => {
    const named = new Set(TRANSITIONS.flatMap((t) => [...t.from, t.to]));
    expect([...named].sort()).toEqual([...CANDIDACY_STATES].sort());
  });
});

describe('validateTable', () => {
  const t = (action: A, from: S[], to: S, roles: Role[] = [Role.UNIT_OFFICER]): Transition => ({
    action,
    from,
    to,
    roles,
    seats: [],
    guards: [],
    reasonRequired: false,
    notify: { kind: 'registrant' },
  });

  it('finds an unreachable state and a dead end', () => {
    const problems = validateTable([t(A.SUBMIT, [S.DRAFT], S.SUBMITTED)]);
    expect(problems).toContain('state SUBMITTED is a dead end');
    expect(problems).toContain('state ENDORSED cannot be reached from DRAFT');
  });

  it('finds an action without a role and a way out of a final state', () => {
    const problems = validateTable([
      t(A.WITHDRAW, [S.DRAFT], S.WITHDRAWN, []),
      t(A.SUBMIT, [S.WITHDRAWN], S.DRAFT),
    ]);
    expect(problems).toContain('action WITHDRAW has no role');
    expect(problems).toContain('final state WITHDRAWN has a way out');
  });

  it('counts where an opening lands as reached, and refuses an opening without a taker or into a final state', () => {
    const promotedOnly = TRANSITIONS.filter((x) => x.action !== A.ENDORSE);
    expect(validateTable(promotedOnly)).toContain('state ENDORSED cannot be reached from DRAFT');
    expect(validateTable(promotedOnly, OPENINGS)).not.toContain(
      'state ENDORSED cannot be reached from DRAFT',
    );
    const problems = validateTable(TRANSITIONS, [
      { ...openingFor(OpeningAction.PROMOTED), roles: [], seats: [], to: S.WITHDRAWN },
    ]);
    expect(problems).toEqual([
      'opening PROMOTED has no role',
      'opening PROMOTED leads to final WITHDRAWN',
    ]);
  });

  it('finds an action defined twice from one state', () => {
    const problems = validateTable([...TRANSITIONS, t(A.SUBMIT, [S.DRAFT], S.WITHDRAWN)]);
    expect(problems).toContain('action SUBMIT is defined twice from DRAFT');
  });
});
