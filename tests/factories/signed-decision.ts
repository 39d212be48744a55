import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { foldText, type ModelKind } from '@vinh-danh/shared';
import { issueCertificatesOf } from '@vinh-danh/server/testing';
import type { UnitRow } from './index';

const uniq = () => randomBytes(3).toString('hex');

export interface HonouredModel {
  title: string;
  unit: UnitRow;
  kind?: ModelKind;
  personName?: string;
  personPosition?: string;
  fieldCode?: string;
  achievement?: string;
}

/**
 * Test setup only: a decision of `issuerUnit` signed as if by its signer, its entries
 * commended, and their certificates issued as the signing issues them. Rows by SQL, so that
 * the certificate tests need no disclosure period to pass; the signing itself has its own tests.
 */
export const buildSignedDecision = async (
  db: DataSource,
  opts: {
    campaignId: string;
    roundId: string;
    issuerUnit: UnitRow;
    createdBy: string;
    models: HonouredModel[];
    awardType?: string;
    number?: number;
    year?: number;
    signedAt?: Date;
    party?: boolean;
  },
) => {
  const awardType = opts.awardType ?? 'GIAY_KHEN';
  const [issuer] = await db.query(
    `INSERT INTO issuer (unit_id, heading, symbol, party, place, signer_capacity, signer_title,
                         signer_name, award_types, name)
     VALUES ($1, $2, $3, $4, 'Điện Biên', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lò Văn Mừng', $5, $6)
     ON CONFLICT (unit_id, symbol) DO UPDATE SET place = excluded.place RETURNING id`,
    [
      opts.issuerUnit.id,
      ['ỦY BAN NHÂN DÂN', opts.issuerUnit.name.toUpperCase()],
      opts.party ? 'QĐ/BDVTU' : 'QĐ-UBND',
      opts.party ?? false,
      ['GIAY_KHEN', 'BANG_KHEN'],
      `Ủy ban nhân dân ${opts.issuerUnit.name.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi-VN'))}`,
    ],
  );
  const [proposal] = await db.query(
    `INSERT INTO proposal (round_id, campaign_id, unit_id, issuer_id, award_type, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [opts.roundId, opts.campaignId, opts.issuerUnit.id, issuer.id, awardType, opts.createdBy],
  );
  const signedAt = opts.signedAt ?? new Date();
  const [decision] = await db.query(
    `INSERT INTO decision (issuer_id, proposal_id, campaign_id, award_type, title, state,
                           disclosure_starts_on, disclosure_ends_on, year, number, signed_at,
                           signed_by, created_by)
     VALUES ($1, $2, $3, $4, $5, 'SIGNED', $6::date - 10, $6::date - 3, $7, $8, $9, $10, $10)
     RETURNING id`,
    [
      issuer.id,
      proposal.id,
      opts.campaignId,
      awardType,
      `Về việc tặng Giấy khen ${uniq()}`,
      signedAt.toISOString().slice(0, 10),
      opts.year ?? signedAt.getUTCFullYear(),
      opts.number ?? Math.floor(Math.random() * 1_000_000) + 1,
      signedAt,
      opts.createdBy,
    ],
  );
  const entries: { entryId: string; candidacyId: string; modelId: string }[] = [];
  for (const [i, m] of opts.models.entries()) {
    const [model] = await db.query(
      `INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, person_name,
                          person_position, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        opts.campaignId,
        m.unit.id,
        m.kind ?? 'COLLECTIVE',
        m.title,
        foldText(`${m.title} ${m.personName ?? ''}`),
        m.fieldCode ?? 'ECONOMY',
        m.personName ?? null,
        m.personPosition ?? null,
        opts.createdBy,
      ],
    );
    const [candidacy] = await db.query(
      `INSERT INTO candidacy (model_id, campaign_id, unit_id, state)
       VALUES ($1, $2, $3, 'COMMENDED') RETURNING id`,
      [model.id, opts.campaignId, m.unit.id],
    );
    const [entry] = await db.query(
      `INSERT INTO decision_entry (decision_id, candidacy_id, position, achievement, book_number)
       VALUES ($1, $2, $3, $4, $3) RETURNING id`,
      [
        decision.id,
        candidacy.id,
        i + 1,
        m.achievement ?? 'Đã có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo"',
      ],
    );
    entries.push({ entryId: entry.id, candidacyId: candidacy.id, modelId: model.id });
  }
  const codes = await issueCertificatesOf(db, decision.id);
  return { decisionId: decision.id as string, issuerId: issuer.id as string, entries, codes };
};

/** A review round of the council's, for proposals to answer (closed, with no entries of its own). */
export const buildClosedRound = async (db: DataSource, councilId: string): Promise<string> => {
  const [round] = await db.query(
    `INSERT INTO review_round (council_id, name, state, closed_at)
     VALUES ($1, 'Phiên xét duyệt cuối năm', 'CLOSED', now()) RETURNING id`,
    [councilId],
  );
  return round.id as string;
};
