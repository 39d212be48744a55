import type { EntityManager } from 'typeorm';
import {
  AwardType,
  CandidacyState,
  DEFAULT_RUBRIC,
  foldText,
  ModelKind,
  Recognition,
} from '@vinh-danh/shared';
import type { Services } from '../services';
import { form } from './demo-models';

/** The legal bases the district's decisions cite (FORMS.md), as data the manager can change. */
const LEGAL_BASES = [
  'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
  'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Nghị định số 152/2025/NĐ-CP ngày 15 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
];

/** Vietnam's public holidays of the coming months, as the administrator keeps them. */
const HOLIDAYS: Array<[string, string]> = [
  ['2026-09-02', 'Quốc khánh'],
  ['2027-01-01', 'Tết Dương lịch'],
  ['2027-02-05', 'Tết Nguyên đán'],
  ['2027-02-08', 'Tết Nguyên đán'],
  ['2027-02-09', 'Tết Nguyên đán'],
  ['2027-02-10', 'Tết Nguyên đán'],
  ['2027-02-11', 'Tết Nguyên đán'],
];

interface Exemplary {
  unit: string;
  kind: ModelKind;
  title: string;
  person?: [name: string, position: string];
  score: number;
  /** which decision of the year it goes on; none: still waiting for a proposal */
  on?: 'signed' | 'awaiting' | 'disclosing';
  achievement?: string;
}

const ACHIEVED = 'Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm';

/** More of the district council's closed round: the models of the year's decisions. */
const EXEMPLARY: Exemplary[] = [
  {
    unit: 'DB-HDB-POMLOT',
    kind: ModelKind.COLLECTIVE,
    score: 91,
    on: 'signed',
    title: 'Chi bộ đội 7A xã Pom Lót vận động Nhân dân chuyển đổi cơ cấu cây trồng',
  },
  {
    unit: 'DB-HDB-NOONGLUONG',
    kind: ModelKind.COLLECTIVE,
    score: 90,
    on: 'signed',
    title: 'Vận động Nhân dân hiến đất, góp ngày công làm đường giao thông nội đồng xã Noong Luống',
  },
  {
    unit: 'DB-HDB-NOONGLUONG',
    kind: ModelKind.INDIVIDUAL,
    score: 89,
    on: 'signed',
    title: 'Vận động hội viên phụ nữ vay vốn, phát triển chăn nuôi thoát nghèo',
    person: ['Nguyễn Thị Ánh Tuyết', 'Chủ tịch Hội Liên hiệp Phụ nữ xã Noong Luống'],
  },
  {
    unit: 'DB-HDB-POMLOT',
    kind: ModelKind.INDIVIDUAL,
    score: 88,
    on: 'signed',
    title: 'Người có uy tín vận động bà con bỏ hủ tục trong việc cưới, việc tang',
    person: ['Lò Văn Hưởng', 'Trưởng bản Nậm Xe'],
  },
  {
    unit: 'DB-HDB-POMLOT',
    kind: ModelKind.COLLECTIVE,
    score: 86,
    on: 'awaiting',
    title: 'Tổ hợp tác trồng lúa đông xuân ứng dụng kỹ thuật mới xã Pom Lót',
  },
  {
    unit: 'DB-HDB-NOONGLUONG',
    kind: ModelKind.INDIVIDUAL,
    score: 85,
    on: 'disclosing',
    title: 'Đoàn viên thanh niên xung kích giúp hộ nghèo làm nhà',
    person: ['Quàng Văn Lả', 'Bí thư Chi đoàn bản Mường Nhà'],
  },
  {
    unit: 'DB-HDB-NOONGLUONG',
    kind: ModelKind.COLLECTIVE,
    score: 84,
    on: 'disclosing',
    title: 'Chi hội nông dân đội 9 nuôi cá chép giòn theo chuỗi giá trị',
  },
  {
    unit: 'DB-HDB-POMLOT',
    kind: ModelKind.INDIVIDUAL,
    score: 82,
    title: 'Vận động các hộ giữ gìn vệ sinh môi trường “Nhà sạch, vườn đẹp”',
    person: ['Lò Thị Hoa', 'Chi hội trưởng phụ nữ đội 5'],
  },
];

/**
 * In the seed's transaction: the district People's Committee as issuer, the campaign's legal
 * bases and disclosure period, the holiday calendar, the prize rates, and more exemplary
 * entries in the district council's closed round (recognised, as the tally left them).
 */
export const seedCommendationData = async (
  tx: EntityManager,
  units: Map<string, string>,
  users: Map<string, string>,
  campaignId: string,
  roundId: string,
): Promise<void> => {
  await tx.query(
    `INSERT INTO issuer (unit_id, name, heading, symbol, party, place, signer_capacity, signer_title,
                         signer_name, award_types)
     VALUES ($1, 'Ủy ban nhân dân huyện Điện Biên', '{"ỦY BAN NHÂN DÂN","HUYỆN ĐIỆN BIÊN"}', 'QĐ-UBND', false, 'Điện Biên',
             'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Vũ Đức Long', $2)`,
    [units.get('DB-HDIENBIEN'), [AwardType.GIAY_KHEN]],
  );
  await tx.query(`UPDATE issuer SET executors = $2, recipients = $3 WHERE unit_id = $1`, [
    units.get('DB-HDIENBIEN'),
    ['Chánh Văn phòng HĐND và UBND huyện', 'Trưởng phòng Nội vụ huyện'],
    ['Thường trực Huyện ủy (b/c)', 'Chủ tịch, các PCT UBND huyện', 'Ban Dân vận Huyện ủy'],
  ]);
  await tx.query(
    `INSERT INTO issuer (unit_id, name, heading, symbol, party, place, signer_capacity, signer_title,
                         signer_name, award_types)
     VALUES ($1, 'Ủy ban nhân dân tỉnh Điện Biên', '{"ỦY BAN NHÂN DÂN","TỈNH ĐIỆN BIÊN"}', 'QĐ-UBND', false, 'Điện Biên',
             'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Thành Đô', $2)`,
    [units.get('DB'), [AwardType.BANG_KHEN]],
  );
  await tx.query('UPDATE campaign SET legal_bases = $2, disclosure_days = 5 WHERE id = $1', [
    campaignId,
    LEGAL_BASES,
  ]);
  await tx.query(`INSERT INTO holiday (day, name) SELECT * FROM unnest($1::date[], $2::text[])`, [
    HOLIDAYS.map((h) => h[0]),
    HOLIDAYS.map((h) => h[1]),
  ]);
  // Decree 152/2025: Giấy khen 0.6 and Bằng khen 3.0 times the base salary of 2,340,000 đồng.
  await tx.query(
    `INSERT INTO prize_rate (award_type, valid_from, multiple, base_salary)
     VALUES ('GIAY_KHEN', '2025-07-01', 0.6, 2340000), ('BANG_KHEN', '2025-07-01', 3.0, 2340000)`,
  );

  const trail: Array<[string, CandidacyState | null, CandidacyState, string]> = [
    ['REGISTER', null, CandidacyState.DRAFT, 'canbo'],
    ['SUBMIT', CandidacyState.DRAFT, CandidacyState.SUBMITTED, 'canbo'],
    ['ENDORSE', CandidacyState.SUBMITTED, CandidacyState.ENDORSED, 'lanhdao'],
    ['INTAKE', CandidacyState.ENDORSED, CandidacyState.IN_REVIEW, 'thuky'],
    ['RECOGNISE', CandidacyState.IN_REVIEW, CandidacyState.RECOGNISED, 'chutich'],
  ];
  for (const [i, m] of EXEMPLARY.entries()) {
    const [{ id: modelId }] = await tx.query(
      `INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, form,
                          person_name, person_position, created_by)
       VALUES ($1, $2, $3, $4, $5, 'CULTURE_SOCIETY', $6, $7, $8, $9) RETURNING id`,
      [
        campaignId,
        units.get(m.unit),
        m.kind,
        m.title,
        foldText(`${m.title} ${m.person?.[0] ?? ''}`),
        JSON.stringify(form({})),
        m.person?.[0] ?? null,
        m.person?.[1] ?? null,
        users.get('canbo'),
      ],
    );
    await tx.query(
      `INSERT INTO model_indicator (model_id, position, name, unit_of_measure, target, achieved)
       VALUES ($1, 0, 'Hộ tham gia', 'hộ', 100, $2)`,
      [modelId, 100 + m.score],
    );
    const [{ id: candidacyId }] = await tx.query(
      `INSERT INTO candidacy (model_id, campaign_id, unit_id, state, version, recognition)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        modelId,
        campaignId,
        units.get(m.unit),
        CandidacyState.RECOGNISED,
        trail.length,
        Recognition.EXEMPLARY,
      ],
    );
    for (const [j, [action, from, to, actor]] of trail.entries()) {
      await tx.query(
        `INSERT INTO audit_event (candidacy_id, actor_id, action, from_state, to_state, at)
         VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`,
        [candidacyId, users.get(actor), action, from, to, 30 - 5 * j],
      );
    }
    const [{ id: entryId }] = await tx.query(
      `INSERT INTO round_entry (round_id, candidacy_id, score, rank, approve, reject, abstain, eligible, quorum_met)
       VALUES ($1, $2, $3, $4, 2, 0, 0, 3, true) RETURNING id`,
      [roundId, candidacyId, m.score, i + 2],
    );
    // Scored by the three members (each the entry's score, on the rubric's weights), voted on
    // by the two present, as the round's first entry was.
    await tx.query(
      `WITH members AS (SELECT m.id, u.username FROM council_member m JOIN app_user u ON u.id = m.user_id
                          WHERE m.council_id = (SELECT council_id FROM review_round WHERE id = $1)),
            assigned AS (INSERT INTO assignment (entry_id, member_id) SELECT $2, id FROM members),
            voted AS (INSERT INTO ballot_cast (entry_id, member_id)
                        SELECT $2, id FROM members WHERE username IN ('chutich', 'thuky'))
       INSERT INTO score (entry_id, member_id, criterion, points)
       SELECT $2, members.id, c.code, c.points FROM members,
              unnest($3::text[], $4::numeric[]) AS c(code, points)`,
      [
        roundId,
        entryId,
        DEFAULT_RUBRIC.criteria.map((c) => c.code),
        DEFAULT_RUBRIC.criteria.map((c) => Math.round((c.maxPoints * m.score) / 100)),
      ],
    );
  }
};

/**
 * After the seed has committed, the year's end as its people take it, through the services:
 * the secretary proposes, the manager drafts, the disclosure runs (moved back in time here), the
 * signer signs and annuls one entry. So the demo shows a decision signed with its
 * certificates, one waiting for the signature and one under disclosure, and the honour roll
 * is filled.
 */
export const seedCommendations = async (services: Services): Promise<void> => {
  const { db } = services;
  const [secretary, manager, signer] = await Promise.all(
    ['thuky', 'thiduakhenthuong', 'kyduyet'].map((u) => services.auth.actingAs(u)),
  );
  const [{ round_id: roundId, issuer_id: issuerId }] = await db.query(
    `SELECT r.id AS round_id, i.id AS issuer_id FROM review_round r
       JOIN council k ON k.id = r.council_id JOIN issuer i ON i.unit_id = k.unit_id
      WHERE r.state = 'CLOSED' LIMIT 1`,
  );
  const year = services.desk.today().slice(0, 4);
  const entries = async (on: Exemplary['on']) => {
    const titles = EXEMPLARY.filter((m) => m.on === on).map((m) => m.title);
    const rows: Array<{ id: string; title: string }> = await db.query(
      `SELECT c.id, m.title FROM candidacy c JOIN model m ON m.id = c.model_id
        WHERE m.title = ANY($1::text[]) ORDER BY array_position($1::text[], m.title)`,
      [titles],
    );
    return rows.map((r) => ({ candidacyId: r.id, achievement: `${ACHIEVED} ${year}` }));
  };
  const draft = async (on: Exemplary['on'], endedDaysAgo: number | null) => {
    const proposal = await services.proposals.propose(secretary, {
      roundId,
      issuerId,
      awardType: AwardType.GIAY_KHEN,
      entries: await entries(on),
    });
    const decision = await services.decisions.draft(manager, proposal.id);
    if (endedDaysAgo !== null) {
      // The demo's past: this list was published two weeks ago and its disclosure has run.
      await db.query(
        `UPDATE decision SET disclosure_starts_on = $2::date - 14, disclosure_ends_on = $2::date - $3::int
          WHERE id = $1`,
        [decision.id, services.desk.today(), endedDaysAgo],
      );
    }
    return decision;
  };
  const signed = await services.decisions.sign(signer, {
    decisionId: (await draft('signed', 7)).id,
    version: 1,
  });
  const [last] = await db.query(
    `SELECT e.id FROM decision_entry e WHERE e.decision_id = $1 ORDER BY e.position DESC LIMIT 1`,
    [signed.id],
  );
  await services.decisions.annul(signer, {
    decisionId: signed.id,
    version: signed.version,
    entryId: last.id,
    reason: 'Kiểm tra lại cho thấy hồ sơ báo cáo thành tích kê khai chưa đúng số liệu.',
  });
  await draft('awaiting', 1);
  await draft('disclosing', null);
  // What the demo's people were told of these steps is the demo's past: read already.
  await db.query(
    `UPDATE notification SET read_at = now() WHERE read_at IS NULL AND kind = ANY($1)`,
    [['PROPOSE', 'COMMEND', 'ANNUL']],
  );
};
