import type { EntityManager } from 'typeorm';
import {
  CandidacyState,
  DEFAULT_RUBRIC,
  foldText,
  ModelKind,
  Recognition,
  RoundState,
  type RegistrationForm,
} from '@vinh-danh/shared';
import { seedCommendationData } from './seed-commendation';

/** What the closed round's model wrote in its registration. */
const FORM: RegistrationForm = {
  situation: 'Các tuyến đường liên bản trơ trọi, mùa khô bụi, mùa mưa sạt lở taluy.',
  goals: 'Mỗi hộ trồng và chăm sóc cây xanh trước cửa; phủ xanh các tuyến đường liên bản.',
  content: 'Họp bản thống nhất cách làm; đoàn viên thanh niên ươm cây; các hộ nhận chăm sóc.',
  reach: 'Mười hai bản của xã Noong Luống.',
  forces: 'Chi đoàn thanh niên, Hội Phụ nữ, trưởng bản và người có uy tín.',
  resources: 'Cây giống do Nhân dân đóng góp và Huyện hỗ trợ; ngày công của các hộ.',
  timeline: 'Trồng từ tháng 3; chăm sóc quanh năm, sơ kết sau sáu tháng.',
  outputs: 'Danh sách hộ nhận cây, hình ảnh các tuyến đường trước và sau.',
  sustainability: 'Đưa việc chăm sóc cây vào quy ước bản; hộ nhận cây được ghi công hằng năm.',
};

/** Each member's points on the default rubric's five criteria, best first: 88, 86 and 84. */
const SHEETS: Record<string, number[]> = {
  chutich: [27, 22, 18, 13, 8],
  thuky: [26, 22, 17, 13, 8],
  uyvien: [26, 21, 17, 12, 8],
};

/**
 * A round the demo council has already closed, so that its minutes exist to read: one Noong
 * Luống model, scored by the three members, voted on at a session the chair and the secretary
 * attended while the member, absent, sent her opinion in writing. Recognised as exemplary.
 */
export const seedClosedRound = async (
  tx: EntityManager,
  campaigns: Map<string, string>,
  units: Map<string, string>,
  users: Map<string, string>,
): Promise<void> => {
  const user = (name: string) => users.get(name)!;
  // huyện Điện Biên's council, for the model of one of its communes
  const [{ id: councilId }] = await tx.query(
    'SELECT id FROM council WHERE unit_id = $1 AND campaign_id = $2',
    [units.get('DB-HDIENBIEN'), campaigns.get('DB')],
  );
  const ids = {
    councilId: councilId as string,
    campaignId: campaigns.get('DB')!,
    unitId: units.get('DB-HDB-NOONGLUONG')!,
  };
  await tx.query('UPDATE council SET written_opinions = true WHERE id = $1', [ids.councilId]);
  const title = 'Vận động Nhân dân trồng và chăm sóc cây xanh ven đường liên bản xã Noong Luống';
  const [{ id: modelId }] = await tx.query(
    `INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, form, created_by)
     VALUES ($1, $2, $3, $4, $5, 'CULTURE_SOCIETY', $6, $7) RETURNING id`,
    [
      ids.campaignId,
      ids.unitId,
      ModelKind.COLLECTIVE,
      title,
      foldText(title),
      JSON.stringify(FORM),
      user('canbo'),
    ],
  );
  await tx.query(
    `INSERT INTO model_indicator (model_id, position, name, unit_of_measure, target, achieved)
     VALUES ($1, 0, 'Cây xanh được trồng', 'cây', 3000, 3600), ($1, 1, 'Hộ nhận chăm sóc', 'hộ', 400, 452)`,
    [modelId],
  );
  const trail: Array<[string, CandidacyState | null, CandidacyState, string]> = [
    ['REGISTER', null, CandidacyState.DRAFT, 'canbo'],
    ['SUBMIT', CandidacyState.DRAFT, CandidacyState.SUBMITTED, 'canbo'],
    ['ENDORSE', CandidacyState.SUBMITTED, CandidacyState.ENDORSED, 'lanhdao'],
    ['INTAKE', CandidacyState.ENDORSED, CandidacyState.IN_REVIEW, 'thuky'],
    ['RECOGNISE', CandidacyState.IN_REVIEW, CandidacyState.RECOGNISED, 'chutich'],
  ];
  const [{ id: candidacyId }] = await tx.query(
    `INSERT INTO candidacy (model_id, campaign_id, unit_id, state, version, recognition)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      modelId,
      ids.campaignId,
      ids.unitId,
      CandidacyState.RECOGNISED,
      trail.length,
      Recognition.EXEMPLARY,
    ],
  );
  for (const [i, [action, from, to, actor]] of trail.entries()) {
    await tx.query(
      `INSERT INTO audit_event (candidacy_id, actor_id, action, from_state, to_state, at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`,
      [candidacyId, user(actor), action, from, to, 30 - 5 * i],
    );
  }

  const [{ id: roundId }] = await tx.query(
    `INSERT INTO review_round (council_id, name, state, published_at, closed_at, version)
     VALUES ($1, 'Phiên xét duyệt đợt 1', $2, now() - interval '4 days', now() - interval '5 days', 1)
     RETURNING id`,
    [ids.councilId, RoundState.CLOSED],
  );
  const totals = Object.values(SHEETS).map((p) => p.reduce((a, b) => a + b, 0));
  const [{ id: entryId }] = await tx.query(
    `INSERT INTO round_entry (round_id, candidacy_id, score, rank, approve, reject, abstain, eligible, quorum_met)
     VALUES ($1, $2, $3, 1, 2, 0, 0, 3, true) RETURNING id`,
    [roundId, candidacyId, totals.reduce((a, b) => a + b, 0) / totals.length],
  );
  const members: Array<{ id: string; user_id: string }> = await tx.query(
    'SELECT id, user_id FROM council_member WHERE council_id = $1',
    [ids.councilId],
  );
  const member = (name: string) => members.find((m) => m.user_id === user(name))!.id;
  for (const [name, points] of Object.entries(SHEETS)) {
    await tx.query('INSERT INTO assignment (entry_id, member_id) VALUES ($1, $2)', [
      entryId,
      member(name),
    ]);
    await tx.query(
      `INSERT INTO score (entry_id, member_id, criterion, points)
       SELECT $1, $2, * FROM unnest($3::text[], $4::numeric[])`,
      [entryId, member(name), DEFAULT_RUBRIC.criteria.map((c) => c.code), points],
    );
  }
  // The session: the chair and the secretary voted; the member sent her opinion in writing.
  for (const name of ['chutich', 'thuky']) {
    // The round is closed: its counts are on the entry, only the has-voted marks remain.
    await tx.query('INSERT INTO ballot_cast (entry_id, member_id) VALUES ($1, $2)', [
      entryId,
      member(name),
    ]);
  }
  await tx.query(
    `INSERT INTO round_attendance (round_id, member_id, present, written_opinion, recorded_by)
     VALUES ($1, $2, true, NULL, $5), ($1, $3, true, NULL, $5), ($1, $4, false, $6, $5)`,
    [
      roundId,
      member('chutich'),
      member('thuky'),
      member('uyvien'),
      user('thuky'),
      'Tán thành công nhận mô hình; đề nghị nhân rộng ra các xã trong huyện.',
    ],
  );
  await seedCommendationData(tx, units, users, ids.campaignId, roundId);
};
