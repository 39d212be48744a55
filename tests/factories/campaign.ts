import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AwardType,
  DEFAULT_RUBRIC,
  FORM_PARTS,
  STANDARD_FIELDS,
  type CandidacyState,
  type UnitKind,
} from '@vinh-danh/shared';
import type { GraphQLClient } from '../support/client';
import type { UnitRow } from './index';

/** The date `offset` days from today (UTC), as YYYY-MM-DD. */
export const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export type PhaseState = 'open' | 'closed';

/** A campaign of `unit`, with registration and nomination open (or closed) today. */
export const buildCampaign = async (
  db: DataSource,
  opts: { unit: UnitRow; createdBy: string; registration?: PhaseState; nomination?: PhaseState },
) => {
  const [{ id }] = await db.query(
    `INSERT INTO campaign (unit_id, name, search_name, start_year, end_year, fields, rubric, award_types, created_by)
     VALUES ($1, $2, $3, 2026, 2026, $4, $5, $6, $7) RETURNING id`,
    [
      opts.unit.id,
      `Dân vận khéo ${randomBytes(2).toString('hex')}`,
      'dan van kheo',
      JSON.stringify(STANDARD_FIELDS),
      JSON.stringify(DEFAULT_RUBRIC),
      Object.values(AwardType),
      opts.createdBy,
    ],
  );
  // Registration always opens first, so that either phase can be open or closed in order.
  const [rOpen, rClose] =
    opts.registration === 'closed' ? [day(-60), day(-50)] : [day(-40), day(10)];
  const [nOpen, nClose] = opts.nomination === 'closed' ? [day(-30), day(-20)] : [day(-10), day(10)];
  await db.query(
    `INSERT INTO campaign_phase (campaign_id, phase, opens_on, closes_on)
     VALUES ($1, 'REGISTRATION', $2, $3), ($1, 'NOMINATION', $4, $5)`,
    [id, rOpen, rClose, nOpen, nClose],
  );
  return { id: id as string };
};

/** Review dates for one level of the campaign, `opens` to `closes` days from today. */
export const buildReviewDates = (
  db: DataSource,
  campaignId: string,
  level: UnitKind,
  opens: number,
  closes: number,
) =>
  db.query(
    `INSERT INTO campaign_phase (campaign_id, phase, level, opens_on, closes_on)
     VALUES ($1, 'REVIEW', $2, $3, $4)`,
    [campaignId, level, day(opens), day(closes)],
  );

export const completeForm = () =>
  Object.fromEntries(FORM_PARTS.map((p) => [p, `Nội dung phần ${p} của mô hình`]));

const REGISTER = `mutation($input: RegisterModelInput!) {
  registerModel(input: $input) { id version candidacy { id state version } }
}`;

export interface Registered {
  modelId: string;
  modelVersion: number;
  candidacyId: string;
  version: number;
}

/** Registers a complete collective model through the API, as the given officer. */
export const registerModel = async (
  officer: GraphQLClient,
  opts: { campaignId: string; unitId: string; title?: string; complete?: boolean },
): Promise<Registered> => {
  const complete = opts.complete ?? true;
  const res = await officer.ok<{
    registerModel: { id: string; version: number; candidacy: { id: string; version: number } };
  }>(REGISTER, {
    input: {
      campaignId: opts.campaignId,
      unitId: opts.unitId,
      kind: 'COLLECTIVE',
      title: opts.title ?? 'Mô hình Dân vận khéo xây dựng nông thôn mới',
      fieldCode: 'ECONOMY',
      form: complete ? completeForm() : { situation: 'Mới có phần này' },
      indicators: complete
        ? [{ name: 'Diện tích đất hiến', unitOfMeasure: 'm²', target: 1000, achieved: 1500 }]
        : [],
    },
  });
  return {
    modelId: res.registerModel.id,
    modelVersion: res.registerModel.version,
    candidacyId: res.registerModel.candidacy.id,
    version: res.registerModel.candidacy.version,
  };
};

/** Test setup only: puts a candidacy straight into a state, as if its history had happened. */
export const forceState = async (db: DataSource, candidacyId: string, state: CandidacyState) => {
  await db.query('UPDATE candidacy SET state = $2 WHERE id = $1', [candidacyId, state]);
};
