import type { EntityManager } from 'typeorm';
import {
  AwardType,
  DEFAULT_RUBRIC,
  foldText,
  INITIAL_STATE,
  Phase,
  REVIEW_LEVELS,
  STANDARD_FIELDS,
  transitionFor,
  UnitKind,
  type CandidacyAction,
} from '@vinh-danh/shared';
import { todayInVietnam } from '../campaign/today';
import { DEMO_COUNCILS } from './demo-councils';
import { DEMO_CAMPAIGNS, DEMO_MODELS } from './demo-models';
import { seedClosedRound } from './seed-round';

/** Each review level's dates, in days from today. */
const REVIEW_DAYS: Record<string, [number, number]> = {
  [UnitKind.COMMUNE]: [-20, 110],
  [UnitKind.DISTRICT]: [-10, 130],
  [UnitKind.PROVINCE]: [-5, 150],
};

const day = (offset: number) => todayInVietnam(new Date(Date.now() + offset * 86_400_000));

/**
 * This year's campaigns with registration and nomination open around today, and the seeds'
 * models at the stages the demo lists, each with the audit trail of how it got there.
 */
export const seedLifecycle = async (
  tx: EntityManager,
  units: Map<string, string>,
  users: Map<string, string>,
): Promise<void> => {
  const year = Number(todayInVietnam().slice(0, 4));
  const campaigns = new Map<string, string>();
  for (const c of DEMO_CAMPAIGNS) {
    const [{ id }] = await tx.query(
      `INSERT INTO campaign (unit_id, name, search_name, start_year, end_year, fields, rubric, award_types, created_by)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8) RETURNING id`,
      [
        units.get(c.unit),
        `${c.name} năm ${year}`,
        foldText(c.name),
        year,
        JSON.stringify(STANDARD_FIELDS),
        JSON.stringify(DEFAULT_RUBRIC),
        Object.values(AwardType),
        users.get(c.manager),
      ],
    );
    // Review runs only at the levels where the campaign has a council, each level a little
    // after the one below.
    const levels = new Set(DEMO_COUNCILS.filter((k) => k.campaign === c.code).map((k) => k.level));
    const phases: Array<[Phase, UnitKind | null, number, number]> = [
      [Phase.REGISTRATION, null, -60, 60],
      [Phase.NOMINATION, null, -30, 90],
      ...REVIEW_LEVELS.filter((level) => levels.has(level)).map(
        (level): [Phase, UnitKind, number, number] => [Phase.REVIEW, level, ...REVIEW_DAYS[level]],
      ),
      [Phase.DISCLOSURE, null, 151, 165],
    ];
    for (const [phase, level, opens, closes] of phases) {
      await tx.query(
        `INSERT INTO campaign_phase (campaign_id, phase, level, opens_on, closes_on) VALUES ($1, $2, $3, $4, $5)`,
        [id, phase, level, day(opens), day(closes)],
      );
    }
    campaigns.set(c.code, id);
  }

  // The councils and their seats: huyện Điện Biên's intake holds the endorsed Pom Lót model,
  // xã Bình Lư's the endorsed pig-farming model.
  for (const k of DEMO_COUNCILS) {
    const [{ id: councilId }] = await tx.query(
      `INSERT INTO council (unit_id, campaign_id, name, pass_score, exemplary_score, quorum, approval, rank_by,
                            promotion_quota, disagreement_spread, created_by)
       VALUES ($1, $2, $3, 50, 70,
               '{"numerator":2,"denominator":3,"strict":false}', '{"numerator":1,"denominator":2,"strict":true}',
               'RAW', $4, 20, $5) RETURNING id`,
      [
        units.get(k.unit),
        campaigns.get(k.campaign),
        k.name,
        k.promotionQuota,
        users.get(k.createdBy),
      ],
    );
    for (const [username, seat] of k.seats) {
      await tx.query('INSERT INTO council_member (council_id, user_id, seat) VALUES ($1, $2, $3)', [
        councilId,
        users.get(username),
        seat,
      ]);
    }
  }

  for (const [n, m] of DEMO_MODELS.entries()) {
    const officer = users.get(m.officer)!;
    const leader = users.get(m.leader)!;
    const [{ id: modelId }] = await tx.query(
      `INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, person_name,
                          person_position, person_ethnicity, form, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        campaigns.get(m.campaign),
        units.get(m.unit),
        m.kind,
        m.title,
        foldText(`${m.title} ${m.person?.name ?? ''}`),
        m.fieldCode,
        m.person?.name ?? null,
        m.person?.position ?? null,
        m.person?.ethnicity ?? null,
        JSON.stringify(Object.fromEntries(Object.entries(m.form).filter(([, v]) => v))),
        officer,
      ],
    );
    for (const [position, [name, unitOfMeasure, target, achieved]] of m.indicators.entries()) {
      await tx.query(
        `INSERT INTO model_indicator (model_id, position, name, unit_of_measure, target, achieved)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [modelId, position, name, unitOfMeasure, target, achieved],
      );
    }
    // Walk the steps through the transition table, stamping each a day apart.
    let state = INITIAL_STATE;
    const events: Array<[string, string | null, string, string | null, string]> = [
      ['REGISTER', null, state, null, officer],
    ];
    for (const step of m.steps) {
      const [action, reason] = (Array.isArray(step) ? step : [step, null]) as [
        CandidacyAction,
        string | null,
      ];
      const to = transitionFor(action, state)!.to;
      const actor = action === 'SUBMIT' ? officer : leader;
      events.push([action, state, to, reason, actor]);
      state = to;
    }
    const [{ id: candidacyId }] = await tx.query(
      `INSERT INTO candidacy (model_id, campaign_id, unit_id, state, version) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [modelId, campaigns.get(m.campaign), units.get(m.unit), state, events.length],
    );
    for (const [i, [action, from, to, reason, actor]] of events.entries()) {
      await tx.query(
        `INSERT INTO audit_event (candidacy_id, actor_id, action, from_state, to_state, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
        [candidacyId, actor, action, from, to, reason, 20 - n - i],
      );
    }
  }
  await seedClosedRound(tx, campaigns, units, users);
};
