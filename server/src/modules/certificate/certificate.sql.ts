import type { CertificateFacts } from '@vinh-danh/shared/certificates';

/**
 * A certificate with its status. It is annulled when its decision or its own entry is: the
 * earlier of the two says when, and that one's reason why.
 */
export const CERTIFICATE_VIEW = `
  SELECT c.code, c.facts, c.signature, c.key_id, c.issued_at, c.decision_entry_id,
         LEAST(d.annulled_at, e.annulled_at) AS annulled_at,
         CASE WHEN d.annulled_at IS NOT NULL
                   AND (e.annulled_at IS NULL OR d.annulled_at <= e.annulled_at)
              THEN d.annul_reason ELSE e.annul_reason END AS annul_reason
    FROM certificate c
    JOIN decision_entry e ON e.id = c.decision_entry_id
    JOIN decision d ON d.id = e.decision_id`;

/**
 * What a signed entry's certificate states, gathered at signing: the recipient (the person, or
 * the collective by its model's name), the decision's number and date where the movement runs,
 * and the issuer by its name.
 */
export const FACTS_OF_DECISION = `
  SELECT e.id AS entry_id, e.book_number, e.achievement,
         m.kind, m.title, m.person_name, m.person_position, u.name AS unit_name,
         d.award_type, d.number, to_char(d.signed_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')
           AS decision_date,
         i.symbol, i.party, i.name AS issuer_name
    FROM decision_entry e
    JOIN decision d ON d.id = e.decision_id
    JOIN issuer i ON i.id = d.issuer_id
    JOIN candidacy ca ON ca.id = e.candidacy_id
    JOIN model m ON m.id = ca.model_id
    JOIN org_unit u ON u.id = m.unit_id
   WHERE e.decision_id = $1 AND e.removed_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.decision_entry_id = e.id)
   ORDER BY e.book_number, e.position`;

export interface FactsRow {
  entry_id: string;
  book_number: number | null;
  achievement: string;
  kind: 'COLLECTIVE' | 'INDIVIDUAL';
  title: string;
  person_name: string | null;
  person_position: string | null;
  unit_name: string;
  award_type: string;
  number: number | null;
  decision_date: string | null;
  symbol: string;
  party: boolean;
  issuer_name: string;
}

export interface CertificateRow {
  code: string;
  facts: CertificateFacts;
  signature: string;
  key_id: string;
  issued_at: Date;
  decision_entry_id: string;
  annulled_at: Date | null;
  annul_reason: string | null;
}
