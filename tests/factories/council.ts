import type { DataSource } from 'typeorm';
import { CandidacyState, SEATS, type Seat } from '@vinh-danh/shared';
import type { GraphQLClient } from '../support/client';
import { buildUser, signIn, type UnitRow, type UserRow } from './index';

export interface CouncilRules {
  passScore?: number;
  exemplaryScore?: number;
  quorum?: { numerator: number; denominator: number; strict: boolean };
  approval?: { numerator: number; denominator: number; strict: boolean };
  rankBy?: 'RAW' | 'NORMALISED';
  promotionQuota?: number;
  /** absent members may send a written opinion */
  writtenOpinions?: boolean;
}

/** A council of `unit` for the campaign, with the given people in their seats. */
export const buildCouncil = async (
  db: DataSource,
  opts: {
    unit: UnitRow;
    campaignId: string;
    createdBy: string;
    seats: Array<[UserRow, Seat]>;
    rules?: CouncilRules;
  },
) => {
  const r = opts.rules ?? {};
  const [{ id }] = await db.query(
    `INSERT INTO council (unit_id, campaign_id, name, pass_score, exemplary_score, quorum, approval, rank_by,
                          promotion_quota, disagreement_spread, created_by, written_opinions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 20, $10, $11) RETURNING id`,
    [
      opts.unit.id,
      opts.campaignId,
      `Hội đồng xét duyệt ${opts.unit.name}`,
      r.passScore ?? 50,
      r.exemplaryScore ?? 70,
      JSON.stringify(r.quorum ?? { numerator: 2, denominator: 3, strict: false }),
      JSON.stringify(r.approval ?? { numerator: 1, denominator: 2, strict: true }),
      r.rankBy ?? 'RAW',
      r.promotionQuota ?? 1,
      opts.createdBy,
      r.writtenOpinions ?? false,
    ],
  );
  const members: Record<string, string> = {};
  for (const [user, seat] of opts.seats) {
    const [{ id: memberId }] = await db.query(
      'INSERT INTO council_member (council_id, user_id, seat) VALUES ($1, $2, $3) RETURNING id',
      [id, user.id, seat],
    );
    members[user.username] = memberId;
  }
  return { id: id as string, members };
};

/** Test setup only: an endorsed candidacy of a new model of `unit`, as if registered and endorsed. */
export const buildEndorsed = async (
  db: DataSource,
  opts: { unit: UnitRow; campaignId: string; createdBy: string; title?: string },
) => {
  const [{ id: modelId }] = await db.query(
    `INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, created_by)
     VALUES ($1, $2, 'COLLECTIVE', $3, 'mo hinh', 'ECONOMY', $4) RETURNING id`,
    [opts.campaignId, opts.unit.id, opts.title ?? `Mô hình của ${opts.unit.name}`, opts.createdBy],
  );
  const [{ id }] = await db.query(
    `INSERT INTO candidacy (model_id, campaign_id, unit_id, state, version) VALUES ($1, $2, $3, $4, 3) RETURNING id`,
    [modelId, opts.campaignId, opts.unit.id, CandidacyState.ENDORSED],
  );
  return { candidacyId: id as string, modelId: modelId as string };
};

export interface Seated {
  user: UserRow;
  /** the council_member id, as rounds name members */
  memberId: string;
  api: GraphQLClient;
}

export interface SeatedCouncil {
  id: string;
  unit: UnitRow;
  campaignId: string;
  seats: Record<Seat, Seated>;
}

/**
 * A council of `unit` with one person in every seat (the shared SEATS), each signed in. The
 * members belong to `memberUnit` (the council's unit unless said), so that no entry from below
 * excludes them by a conflict of interest.
 */
export const buildSeatedCouncil = async (
  db: DataSource,
  api: GraphQLClient,
  opts: {
    unit: UnitRow;
    campaignId: string;
    createdBy: string;
    memberUnit?: UnitRow;
    rules?: CouncilRules;
  },
): Promise<SeatedCouncil> => {
  const people = await Promise.all(
    SEATS.map((seat) =>
      buildUser(db, {
        unit: opts.memberUnit ?? opts.unit,
        displayName: `Thành viên ${seat.toLowerCase()} ${opts.unit.name}`,
      }),
    ),
  );
  const council = await buildCouncil(db, {
    unit: opts.unit,
    campaignId: opts.campaignId,
    createdBy: opts.createdBy,
    seats: people.map((p, i) => [p, SEATS[i]]),
    rules: opts.rules,
  });
  const seats = {} as Record<Seat, Seated>;
  for (const [i, seat] of SEATS.entries()) {
    const user = people[i];
    seats[seat] = { user, memberId: council.members[user.username], api: await signIn(api, user) };
  }
  return { id: council.id, unit: opts.unit, campaignId: opts.campaignId, seats };
};
