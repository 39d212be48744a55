import type { DataSource } from 'typeorm';
import { foldText } from '@vinh-danh/shared';
import { normaliseCode } from '@vinh-danh/shared/certificates';
import { escapeLike } from '../../infra/db/search';
import { refuse, notFound } from '../../infra/graphql/errors';
import { decodeCursor, toPage, type Page } from '../../infra/graphql/pagination';
import type { HonourRollFilter } from './certificate.inputs';
import { CertificateStatus, type HonourEntry } from './certificate.types';

/**
 * The public honour roll: every commended model, one entry per certificate, newest decision
 * first and in book order within it. Only public columns are selected: no scores, ballots,
 * contacts or drafts can reach it. An annulled entry leaves the roll; its own page says it
 * was annulled, and when.
 */
const ENTRY = `
  SELECT c.code, m.title, m.kind, m.person_name, m.person_position, u.name AS unit_name,
         m.field_code, d.year, d.award_type, iu.kind AS level,
         c.facts ->> 'issuerName' AS issuer_name, e.achievement,
         c.facts ->> 'decisionNumber' AS decision_number,
         c.facts ->> 'decisionDate' AS decision_date,
         LEAST(d.annulled_at, e.annulled_at) AS annulled_at,
         d.signed_at::text AS cursor_at, e.book_number
    FROM certificate c
    JOIN decision_entry e ON e.id = c.decision_entry_id
    JOIN decision d ON d.id = e.decision_id
    JOIN issuer i ON i.id = d.issuer_id
    JOIN org_unit iu ON iu.id = i.unit_id
    JOIN candidacy ca ON ca.id = e.candidacy_id
    JOIN model m ON m.id = ca.model_id
    JOIN org_unit u ON u.id = m.unit_id`;

/** The folded names of the model's unit and of every unit above it, for the search. */
const PLACE_NAMES = `
  CROSS JOIN LATERAL (
    SELECT string_agg(a.search_name, ' ') AS names FROM org_unit a
     WHERE a.id = ANY (string_to_array(btrim(u.path, '/'), '/')::uuid[])) place`;

/** A timestamptz as PostgreSQL prints it, which the cursor carries (microseconds and all). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

interface EntryRow {
  code: string;
  title: string;
  kind: string;
  person_name: string | null;
  person_position: string | null;
  unit_name: string;
  field_code: string;
  year: number;
  award_type: string;
  level: string;
  issuer_name: string;
  achievement: string;
  decision_number: string;
  decision_date: string;
  annulled_at: Date | null;
  cursor_at: string;
  book_number: number;
}

export class HonourRollService {
  constructor(private readonly db: DataSource) {}

  async list(
    filter: HonourRollFilter = {},
    page: { first: number; after?: string | null },
  ): Promise<Page<HonourEntry>> {
    const where = ['d.annulled_at IS NULL', 'e.annulled_at IS NULL'];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.year) where.push(`d.year = ${param(filter.year)}`);
    if (filter.level) where.push(`iu.kind = ${param(filter.level)}`);
    if (filter.kind) where.push(`m.kind = ${param(filter.kind)}`);
    if (filter.fieldCode) where.push(`m.field_code = ${param(filter.fieldCode)}`);
    if (filter.awardType) where.push(`d.award_type = ${param(filter.awardType)}`);
    if (filter.unitId) {
      const [unit] = (await this.db.query(`SELECT path FROM org_unit WHERE id = $1`, [
        filter.unitId,
      ])) as { path: string }[];
      if (!unit) throw notFound();
      where.push(`u.path LIKE ${param(`${escapeLike(unit.path)}%`)}`);
    }
    // Every word, folded, somewhere in the model's name, its person's, or the names of its unit
    // and the units above it: "noong luong" finds the models of Noong Luống's hamlets too.
    const words = foldText(filter.search ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 8);
    for (const word of words) {
      where.push(`(m.search_name || ' ' || place.names) LIKE ${param(`%${escapeLike(word)}%`)}`);
    }
    if (page.after) {
      const [at, book, code] = decodeCursor(page.after, 3);
      if (!TIMESTAMP.test(at) || !/^\d{1,9}$/.test(book) || normaliseCode(code) !== code)
        throw refuse('INVALID_CURSOR');
      const a = param(at);
      where.push(
        `(d.signed_at < ${a}::timestamptz OR (d.signed_at = ${a}::timestamptz
          AND (e.book_number, c.code) > (${param(Number(book))}::int, ${param(code)})))`,
      );
    }
    const rows = (await this.db.query(
      `${ENTRY} ${words.length ? PLACE_NAMES : ''} WHERE ${where.join(' AND ')}
        ORDER BY d.signed_at DESC, e.book_number, c.code LIMIT ${param(page.first + 1)}`,
      params,
    )) as EntryRow[];
    const keys = new Map(rows.map((r) => [r.code, [r.cursor_at, String(r.book_number), r.code]]));
    return toPage(rows.map(toEntry), page.first, (entry) => keys.get(entry.code)!);
  }

  /** One entry by its certificate's code (typed loosely), annulled or not; null if none. */
  async entry(typed: string): Promise<HonourEntry | null> {
    const code = normaliseCode(typed);
    if (!code) return null;
    const [row] = (await this.db.query(`${ENTRY} WHERE c.code = $1`, [code])) as EntryRow[];
    return row ? toEntry(row) : null;
  }
}

const toEntry = (r: EntryRow): HonourEntry => ({
  code: r.code,
  title: r.title,
  kind: r.kind,
  personName: r.person_name,
  position: r.person_position,
  unitName: r.unit_name,
  fieldCode: r.field_code,
  year: r.year,
  awardType: r.award_type,
  level: r.level,
  issuerName: r.issuer_name,
  summary: r.achievement,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  status: r.annulled_at ? CertificateStatus.ANNULLED : CertificateStatus.VALID,
  annulledAt: r.annulled_at,
});
