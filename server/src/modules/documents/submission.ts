import { interpolate, vi } from '@vinh-danh/shared';
import { whom } from './decision';
import {
  heading,
  MM,
  nfc,
  numberPages,
  openSheet,
  placeAndDate,
  recipients,
  roman,
  rule,
  signature,
  signatureHeight,
  table,
  upper,
  type Row,
  type Signature,
} from './engine';

export interface SubmissionDoc {
  /** the proposing body, line by line */
  heading: string[];
  place: string;
  date: Date;
  /** "Chủ tịch Ủy ban nhân dân huyện Điện Biên" */
  to: string;
  /** "Ủy ban nhân dân xã Mường Nhà" */
  from: string;
  awardName: string;
  campaignName: string;
  year: number;
  entries: {
    kind: 'COLLECTIVE' | 'INDIVIDUAL';
    title: string;
    personName: string | null;
    unitName: string;
    achievement: string;
  }[];
  signature: Signature;
  /** the submission's number, when the proposing body's clerk has given one */
  numberText?: string | null;
}

const D = vi.documents;
const S = D.submission;

/** The tờ trình that covers a proposal's dossier (Decree 152/2025, annex, model 01). */
export const renderSubmission = (s: SubmissionDoc): Promise<Buffer> => {
  const sheet = openSheet({
    title: `${S.title} ${interpolate(S.about, { award: s.awardName })}`,
    size: 13,
  });
  const { doc, left, width, put, para } = sheet;
  heading(sheet, {
    issuer: s.heading,
    party: false,
    number: interpolate(D.number, { number: s.numberText ?? S.blankNumber }),
    placeDate: placeAndDate(s.place, s.date),
  });

  put('bold', 14, S.title, { width }, [left, doc.y + 22]);
  put('bold', 14, interpolate(S.about, { award: s.awardName }), { width });
  rule(sheet, left + width / 2 - 40, 80, 5);
  doc.y += 14;
  put('regular', 14, interpolate(S.to, { to: s.to }), { width }, [left, doc.y]);
  doc.moveDown(0.8);

  const collectives = s.entries.filter((e) => e.kind === 'COLLECTIVE');
  const individuals = s.entries.filter((e) => e.kind === 'INDIVIDUAL');
  const spaced = { indent: 10 * MM, paragraphGap: 4 };
  para(
    'regular',
    interpolate(S.background, { campaign: s.campaignName, from: s.from, year: s.year }),
    spaced,
  );
  para(
    'regular',
    interpolate(S.ask, {
      from: s.from,
      to: s.to,
      award: s.awardName,
      whom: whom(collectives.length, individuals.length),
    }),
    spaced,
  );
  doc.moveDown(0.4);
  put('bold', 13, interpolate(S.list, { award: upper(s.awardName) }), { width }, [left, doc.y]);
  doc.moveDown(0.4);

  // Collectives first, then individuals, numbered on through both as the decision will list them.
  const rows: Row[] = [];
  let n = 0;
  const groups: Array<[string, typeof collectives]> = [
    [S.collectives, collectives],
    [S.individuals, individuals],
  ];
  groups
    .filter(([, entries]) => entries.length)
    .forEach(([title, entries], g) => {
      rows.push({ group: `${roman(g + 1)}. ${title}` });
      for (const e of entries)
        rows.push([
          String(++n),
          `${nfc(e.personName ?? e.unitName)}\n${interpolate(S.model, { title: e.title })}`,
          e.unitName,
          e.achievement,
        ]);
    });
  table(
    sheet,
    [
      { head: S.no, width: 32, align: 'center' },
      { head: S.name, width: 150 },
      { head: S.unit, width: 100 },
      { head: S.achievement, width: 0 },
    ],
    rows,
    { size: 11, head: 11, pad: 4 },
  );
  doc.moveDown(0.6);
  para('regular', interpolate(S.close, { to: s.to }), spaced);

  doc.moveDown(0.6);
  sheet.keep(signatureHeight(sheet));
  const y = doc.y;
  const half = width * 0.45;
  recipients(sheet, [S.asAbove], { x: left, y, width: half });
  signature(sheet, s.signature, { x: left + half, y, width: width - half });

  numberPages(sheet, {
    at: 'top',
    from: 2,
    label: (page) => interpolate(D.page, { page }),
    font: 'regular',
    size: 12,
  });
  return sheet.end();
};
