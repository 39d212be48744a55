import { interpolate, vi } from '@vinh-danh/shared';
import {
  amount,
  amountInWords,
  count,
  heading,
  MM,
  nfc,
  numberPages,
  officialDate,
  openSheet,
  placeAndDate,
  recipients,
  roman,
  rule,
  signature,
  signatureHeight,
  table,
  upper,
  type Sheet,
  type Signature,
} from './engine';

export interface DecisionDoc {
  /** the issuing body, line by line: {'ỦY BAN NHÂN DÂN', 'HUYỆN ĐIỆN BIÊN'} */
  heading: string[];
  party: boolean;
  /** "01/QĐ-UBND", "24-QĐ/BDVTU"; null for a draft, which prints the number blank */
  numberText: string | null;
  place: string;
  /** the signing date; null for a draft */
  date: Date | null;
  /** "Về việc tặng Giấy khen …" */
  summary: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN" */
  signerCapacityLine: string;
  /** each a "Căn cứ …" line, with or without its "Căn cứ" */
  legalBases: string[];
  proposal: { by: string; date: Date; number?: string | null };
  /** "Giấy khen", as it reads in a sentence */
  awardName: string;
  /** the prize money per entry, in đồng; null when the award carries none */
  prize: { amount: number } | null;
  /** those who carry the decision out: "Chánh Văn phòng HĐND và UBND huyện", … */
  executors: string[];
  /** "Nơi nhận" after "Như Điều …": "Phòng Nội vụ", …; "Lưu: VT" is added unless named */
  recipients: string[];
  signature: Signature;
  collectives: { name: string; achievement: string }[];
  individuals: {
    name: string;
    position: string | null;
    unitName: string;
    achievement: string;
  }[];
  /** the symbol a draft's blank number stands before ("QĐ-UBND", "QĐ/BDVTU") */
  symbol?: string;
}

const D = vi.documents;
const Q = D.decision;

/** "Số: 01/QĐ-UBND", "Số 24-QĐ/BDVTU"; a draft's number is a blank before its symbol. */
export const numberLine = (party: boolean, numberText: string | null, symbol = 'QĐ'): string => {
  // A party symbol "QĐ/BDVTU" follows the number with a hyphen ("24-QĐ/BDVTU"), a state one
  // "QĐ-UBND" with a slash ("01/QĐ-UBND").
  const blank = interpolate(party ? D.blankPartyNumber : D.blankNumber, { symbol });
  const number = numberText ?? blank;
  return interpolate(party ? D.partyNumber : D.number, { number });
};

const basis = (b: string) => {
  const text = nfc(b)
    .trim()
    .replace(/^căn cứ\s+/iu, '')
    .replace(/[;.]$/, '');
  return interpolate(Q.basis, { basis: text });
};

/** "02 tập thể và 03 cá nhân"; a part with none is left out. */
export const whom = (collectives: number, individuals: number): string => {
  const parts = [
    collectives ? interpolate(Q.collectives, { count: count(collectives) }) : null,
    individuals ? interpolate(Q.individuals, { count: count(individuals) }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 2
    ? interpolate(Q.and, { first: parts[0], second: parts[1] })
    : parts.join('');
};

/** "DỰ THẢO" in a box at the top right, on every page of a draft. */
const draftMark = (sheet: Sheet) => {
  const { doc } = sheet;
  const [w, h] = [30 * MM, 8 * MM];
  const x = doc.page.width - sheet.margins.right - w;
  const y = 6 * MM;
  doc.save().lineWidth(1).rect(x, y, w, h).stroke();
  sheet.put('bold', 12, D.draft, { width: w, lineBreak: false }, [x, y + (h - 12) / 2]);
  doc.restore();
};

export const renderDecision = (d: DecisionDoc): Promise<Buffer> => {
  const sheet = openSheet({ title: `${Q.title} ${nfc(d.summary)}`, size: 13 });
  const { doc, left, width, put, para } = sheet;
  const draft = d.numberText === null;
  const number = numberLine(d.party, d.numberText, d.symbol);
  heading(sheet, {
    issuer: d.heading,
    party: d.party,
    number,
    placeDate: placeAndDate(d.place, d.date),
  });

  put('bold', 14, Q.title, { width }, [left, doc.y + 22]);
  put('bold', 14, d.summary, { width });
  rule(sheet, left + width / 2 - 40, 80, 5);
  doc.y += 16;
  put('bold', 14, upper(d.signerCapacityLine), { width }, [left, doc.y]);
  doc.moveDown(0.6);

  const indent = 10 * MM;
  const spaced = { indent, paragraphGap: 4 };
  for (const b of d.legalBases) para('italic', basis(b), spaced);
  const proposalDate = officialDate(d.proposal.date);
  const proposal = d.proposal.number
    ? interpolate(Q.proposalNumbered, {
        by: d.proposal.by,
        number: d.proposal.number,
        date: proposalDate,
      })
    : interpolate(Q.proposal, { by: d.proposal.by, date: proposalDate });
  para('italic', proposal, spaced);
  doc.moveDown(0.4);
  put('bold', 14, Q.decides, { width }, [left, doc.y]);
  doc.moveDown(0.4);

  // Articles are numbered as they come: without a prize, who carries it out is Điều 2.
  const articles = [
    interpolate(Q.commend, {
      award: d.awardName,
      whom: whom(d.collectives.length, d.individuals.length),
    }),
    ...(d.prize
      ? [
          interpolate(Q.prize, {
            award: d.awardName,
            amount: amount(d.prize.amount),
            words: amountInWords(d.prize.amount),
          }),
        ]
      : []),
    d.executors.length
      ? interpolate(Q.execute, { executors: d.executors.map(nfc).join(', ') })
      : Q.executeAlone,
  ];
  articles.forEach((body, i) => {
    doc.font('bold').fontSize(sheet.size);
    doc.text(`${interpolate(Q.article, { n: i + 1 })} `, left, doc.y, {
      width,
      align: 'justify',
      indent,
      paragraphGap: 6,
      continued: true,
    });
    doc.font('regular').text(nfc(body));
  });

  // "Nơi nhận" left and the signature right stay together, on the next page if need be.
  const lines = d.recipients.length + 3;
  const room = Math.max(lines * 14 + 16, signatureHeight(sheet));
  doc.moveDown(0.6);
  sheet.keep(room);
  const y = doc.y;
  const half = width * 0.45;
  recipients(sheet, [interpolate(Q.asArticle, { n: articles.length }), ...d.recipients], {
    x: left,
    y,
    width: half,
  });
  signature(sheet, d.signature, { x: left + half, y, width: width - half });

  // The list: a page of its own, collectives then individuals, each with its achievement.
  doc.addPage();
  list(sheet, d, number);

  numberPages(
    sheet,
    {
      at: 'top',
      from: 2,
      label: (page) => interpolate(D.page, { page }),
      font: 'regular',
      size: 12,
    },
    draft ? () => draftMark(sheet) : undefined,
  );
  return sheet.end();
};

const list = (sheet: Sheet, d: DecisionDoc, number: string) => {
  const { doc, left, width, put } = sheet;
  const L = Q.list;
  const award = upper(d.awardName);
  put('bold', 14, L.title, { width }, [left, doc.y]);
  put('bold', 13, interpolate(L.subtitle, { award }), { width });
  // "Số: 01/QĐ-UBND" → "01/QĐ-UBND": the reference names the number alone.
  const reference = number.replace(/^[^\s:]+:?\s/u, '');
  const date = d.date ? officialDate(d.date) : D.blankDate;
  put('italic', 12, interpolate(L.attached, { number: reference, date }), { width });
  rule(sheet, left + width / 2 - 40, 80, 5);
  doc.y += 14;

  const style = { size: 11, head: 11, pad: 4 };
  const sections: Array<() => void> = [];
  if (d.collectives.length)
    sections.push(() =>
      table(
        sheet,
        [
          { head: L.no, width: 32, align: 'center' },
          { head: L.collective, width: 160 },
          { head: L.achievement, width: 0 },
        ],
        d.collectives.map((c, i) => [String(i + 1), c.name, c.achievement]),
        style,
      ),
    );
  if (d.individuals.length)
    sections.push(() =>
      table(
        sheet,
        [
          { head: L.no, width: 32, align: 'center' },
          { head: L.individual, width: 120 },
          { head: L.position, width: 130 },
          { head: L.achievement, width: 0 },
        ],
        d.individuals.map((p, i) => [
          String(i + 1),
          p.name,
          p.position
            ? interpolate(L.positionAt, { position: p.position, unit: p.unitName })
            : p.unitName,
          p.achievement,
        ]),
        style,
      ),
    );
  const titles = [
    ...(d.collectives.length ? [L.collectives] : []),
    ...(d.individuals.length ? [L.individuals] : []),
  ];
  sections.forEach((draw, i) => {
    if (i > 0) doc.moveDown(1);
    sheet.keep(60);
    put('bold', 13, `${roman(i + 1)}. ${titles[i]}`, { width, align: 'left' }, [left, doc.y]);
    doc.moveDown(0.3);
    draw();
  });
};
