import PDFDocument from 'pdfkit';
import {
  interpolate,
  MINUTES_SIGNERS,
  needed,
  type RankBy,
  Recognition,
  type Seat,
  type Threshold,
  vi,
} from '@vinh-danh/shared';

export interface MinutesData {
  councilName: string;
  unitName: string;
  campaignName: string;
  roundName: string;
  /** printed dd/MM/yyyy HH:mm in Vietnam's time, whatever the server's zone */
  closedAt: Date;
  rules: {
    passScore: number;
    exemplaryScore: number;
    quorum: Threshold;
    approval: Threshold;
    rankBy: RankBy;
    scale: number;
    /** absent members may send a written opinion */
    writtenOpinions: boolean;
  };
  /** attendance at the voting session, as the secretary recorded it */
  members: Array<{
    displayName: string;
    seat: Seat;
    present: boolean;
    writtenOpinion: string | null;
  }>;
  entries: Array<{
    rank: number | null;
    title: string;
    unitName: string;
    score: number | null;
    /** null when the ballots fell short of the quorum: no counts are kept then */
    approve: number | null;
    reject: number | null;
    abstain: number | null;
    eligible: number;
    approvalsNeeded: number;
    quorumMet: boolean;
    /** the level recognised, null when not recognised */
    outcome: Recognition | null;
  }>;
  chairName: string | null;
  secretaryName: string | null;
}

type Entry = MinutesData['entries'][number];
type Font = keyof typeof MINUTES_FONTS;

/**
 * PDFKit's built-in Helvetica has no Vietnamese letters, so the minutes embed DejaVu Serif
 * Condensed: full Vietnamese coverage, a free licence, and about the width of the Times face that
 * official records are set in. Resolved as a package, not relative to this file, so the paths hold
 * from `src` under Jest and from `dist` after tsc alike.
 */
export const MINUTES_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-Italic.ttf'),
} as const;

/*
 * The record speaks the web's words: its own lines are `minutes` in the shared messages, and
 * seats, ballot choices, outcomes and thresholds are the web's, so that "Ủy viên" or "Phiếu trắng"
 * read the same on the page and on paper. The minutes are a Vietnamese official record, so they
 * read the Vietnamese messages.
 */
const M = vi.minutes;
const SEATS: Record<Seat, string> = vi.councils.seats;
const RECOGNITION: Record<Recognition, string> = vi.rounds.recognition;
/** Each outcome (null: not recognised) and its word, in the order the tally lists them. */
const OUTCOMES: ReadonlyArray<[Recognition | null, string]> = [
  [Recognition.EXEMPLARY, RECOGNITION.EXEMPLARY],
  [Recognition.EFFECTIVE, RECOGNITION.EFFECTIVE],
  [null, vi.rounds.results.notRecognised],
];
/** "hơn 1/2", "ít nhất 2/3", as the web writes a council's thresholds. */
const share = (t: Threshold) =>
  interpolate(t.strict ? vi.councils.threshold.strict : vi.councils.threshold.atLeast, {
    numerator: t.numerator,
    denominator: t.denominator,
  });

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** Parts, not a formatted string: ICU's vi-VN date pattern differs between Node builds. */
const when = (date: Date) => {
  const parts = clock.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)!.value;
  const [day, month, year, hour, minute] = (
    ['day', 'month', 'year', 'hour', 'minute'] as const
  ).map(part);
  // Decree 30/2020 writes "ngày 05 tháng 02" but "tháng 3": a zero only before months 1 and 2.
  const dated = interpolate(M.date, {
    day,
    month: Number(month) > 2 ? Number(month) : month,
    year,
  });
  return { dated, hour, minute, stamp: `${day}/${month}/${year} ${hour}:${minute}` };
};
/** Decomposed input (some keyboards send it) would stack loose marks; embed composed letters. */
const nfc = (s: string) => s.normalize('NFC');
const upper = (s: string) => nfc(s).toLocaleUpperCase('vi-VN');
/** "Huyện Điện Biên" → "Điện Biên": the place in "Điện Biên, ngày … tháng … năm …". */
const place = (unit: string) =>
  nfc(unit).replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu, '');

// A4 within the margins of Decree 30/2020 on official documents (left 30, right 15, 20 mm).
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const SIZE = 12;
const CELL = { size: 8.5, head: 8, pad: 3 };

type Column = [head: string, width: number, align: 'left' | 'center', cell: (e: Entry) => string];
const fmt = (n: number | null) => (n === null ? '–' : number.format(n));
/** Widths in points; the title takes what the others leave. */
const columns = (total: number): Column[] => {
  const cols: Column[] = [
    [vi.rounds.ranking.rank, 30, 'center', (e) => fmt(e.rank)],
    [vi.rounds.entries.model, 0, 'left', (e) => e.title],
    [vi.rounds.entries.unit, 60, 'left', (e) => e.unitName],
    [vi.rounds.results.score, 32, 'center', (e) => fmt(e.score)],
    [vi.rounds.ballot.APPROVE, 38, 'center', (e) => fmt(e.approve)],
    [vi.rounds.ballot.REJECT, 38, 'center', (e) => fmt(e.reject)],
    [vi.rounds.ballot.ABSTAIN, 36, 'center', (e) => fmt(e.abstain)],
    [M.results.eligible, 46, 'center', (e) => fmt(e.eligible)],
    [vi.rounds.results.outcome, 70, 'left', outcome],
  ];
  cols[1][1] = total - cols.reduce((sum, c) => sum + c[1], 0);
  return cols;
};
/** The reason goes beside a refusal, so a reader need not redo the tally. */
const outcome = (e: Entry) => {
  if (e.outcome) return RECOGNITION[e.outcome];
  const said = vi.rounds.results.notRecognised;
  if (!e.quorumMet) return interpolate(M.results.noQuorum, { outcome: said });
  if ((e.approve ?? 0) < e.approvalsNeeded)
    return interpolate(M.results.fewApprovals, {
      outcome: said,
      needed: e.approvalsNeeded,
      approve: lower(vi.rounds.ballot.APPROVE),
    });
  return interpolate(M.results.belowPass, { outcome: said });
};
const lower = (s: string) => s.toLocaleLowerCase('vi-VN');

export const renderMinutes = (data: MinutesData): Promise<Buffer> => {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true, // page numbers "Trang x/y" need the total, known only at the end
    font: MINUTES_FONTS.regular,
    info: {
      Title: interpolate(M.title, { round: nfc(data.roundName) }),
      Subject: nfc(data.councilName),
    },
    lang: 'vi-VN',
  });
  for (const [name, path] of Object.entries(MINUTES_FONTS)) doc.registerFont(name, path);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  type Options = PDFKit.Mixins.TextOptions;
  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  // PDFKit reads an undefined x as the options: without a position, pass the options alone.
  const put = (font: Font, size: number, text: string, o: Options = {}, at?: [number, number]) => {
    const options: Options = { align: 'center', ...o };
    doc.font(font).fontSize(size);
    return at ? doc.text(nfc(text), ...at, options) : doc.text(nfc(text), options);
  };
  const para = (font: Font, text: string, o: Options = {}) =>
    put(font, SIZE, text, { width, align: 'justify', ...o }, [left, doc.y]);
  const at = when(data.closedAt);

  // The two-column heading of an official record: the issuing body left, the national motto right.
  const [leftW, rightW] = [width * 0.42, width * 0.58];
  const rightX = left + leftW;
  const rule = (x: number, w: number) =>
    doc
      .moveTo(x, doc.y + 2)
      .lineTo(x + w, doc.y + 2)
      .stroke();
  doc.lineWidth(0.6);
  put('regular', 11, upper(data.unitName), { width: leftW }, [left, MARGINS.top]);
  put('bold', 11, M.issuer, { width: leftW });
  rule(left + leftW / 2 - 30, 60);
  const leftBottom = doc.y;
  put('bold', 11, M.nation, { width: rightW }, [rightX, MARGINS.top]);
  put('bold', 12, M.motto, { width: rightW });
  rule(rightX + (rightW - doc.widthOfString(M.motto)) / 2, doc.widthOfString(M.motto));
  doc.moveDown(0.4);
  const placeAndDate = interpolate(M.placeAndDate, { place: place(data.unitName), date: at.dated });
  put('italic', 12, placeAndDate, { width: rightW });

  put('bold', 14, M.heading, { width }, [left, Math.max(doc.y, leftBottom) + 24]);
  put('bold', 14, M.subheading, { width });
  const session = { campaign: data.campaignName, round: data.roundName };
  put('bold', SIZE, interpolate(M.session, session), { width });
  doc.moveDown(1);
  para('regular', interpolate(M.council, { council: data.councilName }));
  para('regular', interpolate(M.unit, { unit: data.unitName }));
  para('regular', interpolate(M.closedAt, { stamp: at.stamp }));

  const order = Object.keys(SEATS);
  const members = [...data.members].sort((a, b) => order.indexOf(a.seat) - order.indexOf(b.seat));
  const present = members.filter((m) => m.present);
  const absent = members.filter((m) => !m.present);
  doc.moveDown(0.5);
  const A = M.attendance;
  para('bold', A.title);
  const counts = { members: members.length, present: present.length, absent: absent.length };
  para('regular', interpolate(A.summary, counts));
  const person = (m: (typeof members)[number], i: number) =>
    interpolate(A.member, { n: i + 1, name: m.displayName, seat: SEATS[m.seat] });
  if (present.length) para('regular', interpolate(A.present, { count: present.length }));
  present.forEach((m, i) => para('regular', person(m, i), { indent: 18 }));
  if (absent.length) para('regular', interpolate(A.absent, { count: absent.length }));
  absent.forEach((m, i) => {
    const opinion = m.writtenOpinion
      ? interpolate(A.opinion, { opinion: m.writtenOpinion })
      : data.rules.writtenOpinions
        ? A.noOpinion
        : '';
    para('regular', opinion ? `${person(m, i)} ${opinion}` : person(m, i), { indent: 18 });
  });

  doc.moveDown(0.5);
  para('bold', M.rules.title);
  for (const line of rules(data.rules, members.length))
    para('regular', `- ${line}`, { indent: 18 });

  doc.moveDown(0.5);
  para('bold', M.results.title);
  doc.moveDown(0.3);
  table(doc, columns(width), data.entries, left);

  const tally = OUTCOMES.map(([o, said]) =>
    interpolate(M.results.count, {
      outcome: said,
      count: data.entries.filter((e) => e.outcome === o).length,
    }),
  );
  doc.moveDown(0.6);
  const total = { count: data.entries.length, counts: tally.join('; ') };
  para('regular', interpolate(M.results.total, total));
  doc.moveDown(0.3);
  para('regular', interpolate(M.closing, { hour: at.hour, minute: at.minute, date: at.dated }));

  // The signatures stay together, on the next page if they do not fit on this one.
  if (doc.y + 18 + 95 > doc.page.maxY()) doc.addPage();
  const signY = doc.y + 18;
  const half = width / 2;
  for (const [i, title, name] of [
    [0, upper(SEATS[MINUTES_SIGNERS.keeping]), data.secretaryName],
    [1, upper(SEATS[MINUTES_SIGNERS.presiding]), data.chairName],
  ] as const) {
    put('bold', SIZE, title, { width: half }, [left + i * half, signY]);
    put('italic', 10, M.signHint, { width: half });
    if (name) put('bold', SIZE, name, { width: half }, [left + i * half, signY + 80]);
  }

  // Page numbers sit in the bottom margin: lift the margin meanwhile, or PDFKit opens a new page.
  const { start, count: pages } = doc.bufferedPageRange();
  for (let i = start; i < start + pages; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    const footY = doc.page.height - MARGINS.bottom / 2 - 5;
    const page = interpolate(M.page, { page: i - start + 1, pages });
    put('italic', 9, page, { width, lineBreak: false }, [left, footY]);
    doc.page.margins.bottom = MARGINS.bottom;
  }
  doc.end();
  return done;
};

/**
 * The council's rules in the words a secretary would write them: the scale and the scores, the
 * quorum of the session, who votes on what, what it takes to be recognised, how entries rank.
 */
const rules = (r: MinutesData['rules'], memberCount: number): string[] => {
  const R = M.rules;
  const points = (n: number) => interpolate(R.points, { points: fmt(n) });
  const lines = [
    interpolate(R.scores, {
      scale: points(r.scale),
      pass: points(r.passScore),
      effective: lower(RECOGNITION.EFFECTIVE),
      exemplary: points(r.exemplaryScore),
      exemplaryOutcome: lower(RECOGNITION.EXEMPLARY),
    }),
    interpolate(R.quorum, {
      quorum: share(r.quorum),
      needed: needed(r.quorum, memberCount),
      members: memberCount,
    }),
    R.conflicts,
    interpolate(R.recognition, {
      quorum: share(r.quorum),
      approval: share(r.approval),
      approve: lower(vi.rounds.ballot.APPROVE),
    }),
    `${vi.councils.rules.rankBy} ${lower(vi.councils.rankBy[r.rankBy])}.`,
  ];
  if (r.writtenOpinions) lines.push(R.writtenOpinions);
  return lines;
};

/** Rows never split across pages; every page the table continues on repeats its heading. */
const table = (doc: PDFKit.PDFDocument, cols: Column[], entries: Entry[], left: number) => {
  const { pad } = CELL;
  // Sets the font as a side effect, so that measuring and drawing a row use the same one.
  const heightOf = (cells: string[], head: boolean) => {
    doc.font(head ? 'bold' : 'regular').fontSize(head ? CELL.head : CELL.size);
    const w = (i: number) => ({ width: cols[i][1] - 2 * pad });
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, w(i)))) + 2 * pad;
  };
  const row = (cells: string[], head = false) => {
    const [y, h] = [doc.y, heightOf(cells, head)];
    let x = left;
    cells.forEach((text, i) => {
      const [, w, align] = cols[i];
      doc.rect(x, y, w, h);
      if (head) doc.fillAndStroke('#eeeeee', 'black').fillColor('black');
      else doc.stroke();
      doc.text(text, x + pad, y + pad, { width: w - 2 * pad, align: head ? 'center' : align });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const heads = cols.map((c) => c[0]);
  const rows = entries.map((e) => cols.map((c) => nfc(c[3](e))));
  // A heading alone at the foot of a page is useless: it moves on with the first row.
  const first = rows.length ? heightOf(rows[0], false) : 0;
  if (doc.y + heightOf(heads, true) + first > doc.page.maxY()) doc.addPage();
  row(heads, true);
  for (const cells of rows) {
    if (doc.y + heightOf(cells, false) > doc.page.maxY()) {
      doc.addPage();
      row(heads, true);
    }
    row(cells);
  }
  if (!rows.length) doc.font('italic').text(M.results.empty, left, doc.y + pad);
};
