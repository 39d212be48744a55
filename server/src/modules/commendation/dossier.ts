import { DESK_ROLES } from './commendation.policy';
import type { DataSource } from 'typeorm';
import { Seat, vi, type RegistrationForm } from '@vinh-danh/shared';
import { forbidden, notFound } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import type { AchievementReportDoc, SubmissionDoc } from '../documents';

export interface Dossier {
  submission: SubmissionDoc;
  reports: AchievementReportDoc[];
  /** the round whose minutes close the dossier */
  roundId: string;
}

/** "CHỦ TỊCH" → "Chủ tịch", as "Kính gửi: Chủ tịch Ủy ban nhân dân …" writes it. */
const sentence = (s: string) => {
  const lower = s.toLocaleLowerCase('vi-VN');
  return lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
};

/**
 * A proposal's dossier, from the data: the cover submission with its list, one achievement
 * report per entry from the model's registration (its ten parts and indicators), and the round
 * for the minutes. For the council that proposed it, and the manager and signer above.
 */
export const gatherDossier = async (
  db: DataSource,
  viewer: Viewer,
  proposalId: string,
): Promise<Dossier> => {
  if (!isId(proposalId)) throw notFound();
  const [p] = await db.query(
    `SELECT p.round_id, p.created_at, p.award_type, k.id AS council_id, k.name AS council_name,
            pu.path AS unit_path, iu.path AS issuer_path, i.name AS issuer_name,
            i.signer_title, i.place, c.name AS campaign_name, c.start_year, c.fields,
            (SELECT u.display_name FROM council_member m JOIN app_user u ON u.id = m.user_id
              WHERE m.council_id = k.id AND m.seat = $3 LIMIT 1) AS chair_name,
            EXISTS (SELECT 1 FROM council_member m WHERE m.council_id = k.id AND m.user_id = $2)
              AS seated
       FROM proposal p JOIN review_round r ON r.id = p.round_id JOIN council k ON k.id = r.council_id
       JOIN org_unit pu ON pu.id = p.unit_id
       JOIN issuer i ON i.id = p.issuer_id JOIN org_unit iu ON iu.id = i.unit_id
       JOIN campaign c ON c.id = p.campaign_id
      WHERE p.id = $1`,
    [proposalId, viewer.user.id, Seat.CHAIR],
  );
  if (!p) throw notFound();
  if (
    !p.seated &&
    !viewer.reaches(DESK_ROLES, p.unit_path) &&
    !viewer.reaches(DESK_ROLES, p.issuer_path)
  )
    throw forbidden('OUTSIDE_SCOPE');

  const entries: Array<{
    kind: 'COLLECTIVE' | 'INDIVIDUAL';
    title: string;
    person_name: string | null;
    person_position: string | null;
    unit_name: string;
    field_code: string;
    form: RegistrationForm;
    achievement: string;
    indicators: AchievementReportDoc['indicators'];
  }> = await db.query(
    `SELECT m.kind, m.title, m.person_name, m.person_position, u.name AS unit_name, m.field_code,
            m.form, e.achievement,
            coalesce((SELECT json_agg(json_build_object('name', i.name, 'unitOfMeasure',
                        i.unit_of_measure, 'target', i.target, 'achieved', i.achieved)
                        ORDER BY i.position)
                        FROM model_indicator i WHERE i.model_id = m.id), '[]') AS indicators
       FROM proposal_entry e JOIN candidacy c ON c.id = e.candidacy_id
       JOIN model m ON m.id = c.model_id JOIN org_unit u ON u.id = m.unit_id
      WHERE e.proposal_id = $1 ORDER BY e.position`,
    [proposalId],
  );
  const fields = new Map<string, string>(
    (p.fields as Array<{ code: string; name: string }>).map((f) => [f.code, f.name]),
  );
  const awardName = vi.awardTypes[p.award_type as keyof typeof vi.awardTypes];
  const chair = p.chair_name ?? '';
  return {
    roundId: p.round_id,
    submission: {
      heading: [p.council_name.toLocaleUpperCase('vi-VN')],
      place: p.place,
      date: p.created_at,
      to: `${sentence(p.signer_title)} ${p.issuer_name}`,
      from: p.council_name,
      awardName,
      campaignName: p.campaign_name,
      year: p.start_year,
      entries: entries.map((e) => ({
        kind: e.kind,
        title: e.title,
        personName: e.person_name,
        unitName: e.unit_name,
        achievement: e.achievement,
      })),
      signature: {
        capacity: vi.commendation.councilCapacity,
        title: vi.councils.seats.CHAIR.toLocaleUpperCase('vi-VN'),
        name: chair,
      },
    },
    reports: entries.map((e) => ({
      title: e.title,
      kind: e.kind,
      unitName: e.unit_name,
      personName: e.person_name,
      personPosition: e.person_position,
      fieldName: fields.get(e.field_code) ?? e.field_code,
      campaignName: p.campaign_name,
      year: p.start_year,
      form: e.form,
      indicators: e.indicators.map((i) => ({
        ...i,
        target: i.target === null ? null : Number(i.target),
        achieved: i.achieved === null ? null : Number(i.achieved),
      })),
      place: p.place,
      date: p.created_at,
    })),
  };
};
