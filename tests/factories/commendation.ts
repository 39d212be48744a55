import type { DataSource } from 'typeorm';
import { AwardType, CandidacyState, Role, Seat } from '@vinh-danh/shared';
import type { TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { buildCampaign } from './campaign';
import { buildCouncil } from './council';
import { buildTree, buildUser, signIn, type UnitRow } from './index';

export const LEGAL_BASES = [
  'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Nghị định số 152/2025/NĐ-CP ngày 15 tháng 6 năm 2025 của Chính phủ',
];

/** Titles and people with many diacritics, as the documents must print them. */
const MODELS: Array<{ title: string; person?: [name: string, position: string] }> = [
  { title: 'Mô hình “Dân vận khéo” bản Nậm Xe giữ rừng đầu nguồn' },
  { title: 'Tổ tự quản đường làng Mường Nhà', person: ['Nguyễn Thị Ánh Tuyết', 'Trưởng bản'] },
  { title: 'Hợp tác xã chè Shan tuyết Tủa Chùa' },
  { title: 'Đội thanh niên tình nguyện Noong Luống', person: ['Lò Văn Hưởng', 'Bí thư chi đoàn'] },
];

export interface CommendationStage {
  db: DataSource;
  tree: Awaited<ReturnType<typeof buildTree>>;
  campaignId: string;
  councilId: string;
  issuerId: string;
  secretary: GraphQLClient;
  manager: GraphQLClient;
  signer: GraphQLClient;
  anonymous: GraphQLClient;
}

/**
 * The end of the year's people and setting: a campaign of the province with its legal bases, the
 * district's council with its secretary, the district's campaign manager and signing authority,
 * and the district People's Committee as issuer of Giấy khen.
 */
export const buildCommendationStage = async (
  app: TestApp,
  opts: { disclosureDays?: number } = {},
): Promise<CommendationStage> => {
  const db = app.db;
  const tree = await buildTree(db);
  const creator = await buildUser(db, {
    unit: tree.province,
    roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
  });
  const manager = await buildUser(db, {
    unit: tree.district,
    roles: [[Role.CAMPAIGN_MANAGER, tree.district]],
  });
  const signer = await buildUser(db, {
    unit: tree.district,
    roles: [[Role.SIGNER, tree.district]],
  });
  const secretary = await buildUser(db, { unit: tree.district });
  const { id: campaignId } = await buildCampaign(db, {
    unit: tree.province,
    createdBy: creator.id,
  });
  await db.query('UPDATE campaign SET legal_bases = $2, disclosure_days = $3 WHERE id = $1', [
    campaignId,
    LEGAL_BASES,
    opts.disclosureDays ?? 0,
  ]);
  const council = await buildCouncil(db, {
    unit: tree.district,
    campaignId,
    createdBy: creator.id,
    seats: [[secretary, Seat.SECRETARY]],
  });
  const issuerId = await buildIssuer(db, tree.district);
  return {
    db,
    tree,
    campaignId,
    councilId: council.id,
    issuerId,
    secretary: await signIn(app.api, secretary),
    manager: await signIn(app.api, manager),
    signer: await signIn(app.api, signer),
    anonymous: app.api,
  };
};

export const buildIssuer = async (db: DataSource, unit: UnitRow, symbol = 'QĐ-UBND') => {
  const [{ id }] = await db.query(
    `INSERT INTO issuer (unit_id, heading, symbol, party, place, signer_capacity, signer_title,
                         signer_name, award_types, name)
     VALUES ($1, $2, $3, $4, 'Điện Biên', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Vũ Đức Long', $5, $6)
     RETURNING id`,
    [
      unit.id,
      ['ỦY BAN NHÂN DÂN', unit.name.toLocaleUpperCase('vi-VN')],
      symbol,
      symbol.includes('/'),
      [AwardType.GIAY_KHEN],
      // "Huyện Điện Biên" → "Ủy ban nhân dân huyện Điện Biên"
      `Ủy ban nhân dân ${unit.name.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi-VN'))}`,
    ],
  );
  return id as string;
};

/**
 * Test setup only: a closed round of the stage's council with `count` entries recognised as
 * exemplary, as if scored, voted and tallied (the review itself has its own tests).
 */
export const buildClosedRound = async (stage: CommendationStage, count: number) => {
  const { db, tree, campaignId, councilId } = stage;
  const [{ id: roundId }] = await db.query(
    `INSERT INTO review_round (council_id, name, state, closed_at)
     VALUES ($1, 'Phiên xét duyệt cấp huyện', 'CLOSED', now()) RETURNING id`,
    [councilId],
  );
  const [{ created_by: createdBy }] = await db.query(
    'SELECT created_by FROM council WHERE id = $1',
    [councilId],
  );
  const candidacyIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const m = MODELS[i % MODELS.length];
    const title = i < MODELS.length ? m.title : `${m.title} (${i + 1})`;
    const unit = i % 2 ? tree.communeB : tree.communeA;
    const [{ id: modelId }] = await db.query(
      `INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, created_by,
                          person_name, person_position)
       VALUES ($1, $2, $3, $4, $5, 'ECONOMY', $6, $7, $8) RETURNING id`,
      [
        campaignId,
        unit.id,
        m.person ? 'INDIVIDUAL' : 'COLLECTIVE',
        title,
        title.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase(),
        createdBy,
        m.person?.[0] ?? null,
        m.person?.[1] ?? null,
      ],
    );
    const [{ id }] = await db.query(
      `INSERT INTO candidacy (model_id, campaign_id, unit_id, state, recognition, version)
       VALUES ($1, $2, $3, $4, 'EXEMPLARY', 5) RETURNING id`,
      [modelId, campaignId, tree.district.id, CandidacyState.RECOGNISED],
    );
    await db.query(
      `INSERT INTO round_entry (round_id, candidacy_id, score, rank, approve, reject, abstain, eligible, quorum_met)
       VALUES ($1, $2, $3, $4, 3, 0, 0, 3, true)`,
      [roundId, id, 95 - i, i + 1],
    );
    candidacyIds.push(id);
  }
  return { roundId: roundId as string, candidacyIds };
};

export const PROPOSE = `mutation ($input: ProposeCommendationInput!) {
  proposeCommendation(input: $input) { id entries { id candidacy { id state } } }
}`;
export const DRAFT = `mutation ($input: DraftDecisionInput!) {
  draftDecision(input: $input) { id version state disclosureEndsOn entries { id } }
}`;
export const SIGN = `mutation ($input: DecisionVersionInput!) {
  signDecision(input: $input) { id version state number year numberText entries { id bookNumber removedAt } }
}`;

/** A closed round's entries proposed and drafted into a decision under disclosure. */
export const buildDraft = async (stage: CommendationStage, count: number) => {
  const { roundId, candidacyIds } = await buildClosedRound(stage, count);
  const { proposeCommendation: proposal } = await stage.secretary.ok<{
    proposeCommendation: { id: string };
  }>(PROPOSE, {
    input: {
      roundId,
      issuerId: stage.issuerId,
      awardType: AwardType.GIAY_KHEN,
      entries: candidacyIds.map((candidacyId, i) => ({
        candidacyId,
        achievement: `Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2026 (${i + 1})`,
      })),
    },
  });
  const { draftDecision: decision } = await stage.manager.ok<{
    draftDecision: { id: string; version: number; entries: Array<{ id: string }> };
  }>(DRAFT, { input: { proposalId: proposal.id } });
  return { roundId, candidacyIds, proposalId: proposal.id, decision };
};
