import PDFDocument from 'pdfkit';

export interface MinutesData {
  councilName: string;
  unitName: string;
  campaignName: string;
  roundName: string;
  /** printed dd/MM/yyyy HH:mm in Vietnam's time, whatever the server's zone */
  closedAt: Date;
  /** quorum and approval as the council writes them in Vietnamese, e.g. "quá 1/2" */
  rules: {
    passScore: number;
    exemplaryScore: number;
    quorum: string;
    approval: string;
    rankBy: 'RAW' | 'NORMALISED';
    scale: number;
  };
  members: Array<{
    displayName: string;
    seat: 'CHAIR' | 'VICE_CHAIR' | 'SECRETARY' | 'MEMBER';
    present: boolean;
  }>;
  entries: Array<{
    rank: number | null;
    title: string;
    unitName: string;
    score: number | null;
    approve: number;
    reject: number;
    abstain: number;
    eligible: number;
    approvalsNeeded: number;
    quorumMet: boolean;
    outcome: 'EXEMPLARY' | 'EFFECTIVE' | 'NOT_RECOGNISED';
  }>;
  chairName: string | null;
  secretaryName: string | null;
}

type Seat = MinutesData['members'][number]['seat'];
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

const SEATS: Record<Seat, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  SECRETARY: 'Thư ký Hội đồng',
  MEMBER: 'Thành viên',
};
const OUTCOMES: Record<Entry['outcome'], string> = {
  EXEMPLARY: 'Công nhận tiêu biểu',
  EFFECTIVE: 'Công nhận hiệu quả',
  NOT_RECOGNISED: 'Không công nhận',
};

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
  const dated = `ngày ${day} tháng ${Number(month) > 2 ? Number(month) : month} năm ${year}`;
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
    ['Hạng', 30, 'center', (e) => fmt(e.rank)],
    ['Tên mô hình', 0, 'left', (e) => e.title],
    ['Đơn vị', 62, 'left', (e) => e.unitName],
    ['Điểm', 34, 'center', (e) => fmt(e.score)],
    ['Đồng ý', 32, 'center', (e) => fmt(e.approve)],
    ['Không đồng ý', 36, 'center', (e) => fmt(e.reject)],
    ['Không ý kiến', 36, 'center', (e) => fmt(e.abstain)],
    ['Số TV biểu quyết', 36, 'center', (e) => fmt(e.eligible)],
    ['Kết quả', 72, 'left', outcome],
  ];
  cols[1][1] = total - cols.reduce((sum, c) => sum + c[1], 0);
  return cols;
};
/** The reason goes beside a refusal, so a reader need not redo the tally. */
const outcome = (e: Entry) => {
  if (e.outcome !== 'NOT_RECOGNISED') return OUTCOMES[e.outcome];
  if (!e.quorumMet) return `${OUTCOMES[e.outcome]} (không đủ túc số)`;
  if (e.approve < e.approvalsNeeded)
    return `${OUTCOMES[e.outcome]} (cần ${e.approvalsNeeded} phiếu đồng ý)`;
  return OUTCOMES[e.outcome];
};

export const renderMinutes = (data: MinutesData): Promise<Buffer> => {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true, // page numbers "Trang x/y" need the total, known only at the end
    font: MINUTES_FONTS.regular,
    info: { Title: `Biên bản ${nfc(data.roundName)}`, Subject: nfc(data.councilName) },
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
  put('bold', 11, 'HỘI ĐỒNG XÉT DUYỆT', { width: leftW });
  rule(left + leftW / 2 - 30, 60);
  const leftBottom = doc.y;
  put('bold', 11, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { width: rightW }, [rightX, MARGINS.top]);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  put('bold', 12, motto, { width: rightW });
  rule(rightX + (rightW - doc.widthOfString(motto)) / 2, doc.widthOfString(motto));
  doc.moveDown(0.4);
  put('italic', 12, `${place(data.unitName)}, ${at.dated}`, { width: rightW });

  put('bold', 14, 'BIÊN BẢN', { width }, [left, Math.max(doc.y, leftBottom) + 24]);
  put('bold', 14, 'HỌP HỘI ĐỒNG XÉT DUYỆT', { width });
  put('bold', SIZE, `${data.campaignName} – ${data.roundName}`, { width });
  doc.moveDown(1);
  para('regular', `Hội đồng: ${data.councilName}.`);
  para('regular', `Đơn vị: ${data.unitName}.`);
  para('regular', `Thời gian kết thúc vòng xét duyệt: ${at.stamp} (giờ Việt Nam).`);

  const order = Object.keys(SEATS);
  const members = [...data.members].sort((a, b) => order.indexOf(a.seat) - order.indexOf(b.seat));
  const present = members.filter((m) => m.present).length;
  const absent = members.length - present;
  doc.moveDown(0.5);
  para('bold', 'I. THÀNH PHẦN HỘI ĐỒNG');
  para(
    'regular',
    `Hội đồng có ${members.length} thành viên; có mặt ${present}, vắng mặt ${absent}:`,
  );
  members.forEach((m, i) => {
    const attendance = m.present ? 'có mặt' : 'vắng mặt';
    para('regular', `${i + 1}. ${m.displayName} – ${SEATS[m.seat]} – ${attendance}.`, {
      indent: 18,
    });
  });

  const r = data.rules;
  const rankBy = r.rankBy === 'RAW' ? 'trung bình của các thành viên' : 'đã chuẩn hóa';
  doc.moveDown(0.5);
  para('bold', 'II. TIÊU CHUẨN VÀ NGUYÊN TẮC XÉT DUYỆT');
  for (const line of [
    `Thang điểm ${fmt(r.scale)}; điểm đạt: ${fmt(r.passScore)}; điểm tiêu biểu: ${fmt(r.exemplaryScore)}.`,
    `Túc số: ${r.quorum}; tỷ lệ phiếu đồng ý để công nhận: ${r.approval} tổng số thành viên được biểu quyết.`,
    `Xếp hạng theo điểm ${rankBy}.`,
  ])
    para('regular', `- ${line}`, { indent: 18 });

  doc.moveDown(0.5);
  para('bold', 'III. KẾT QUẢ XÉT DUYỆT');
  doc.moveDown(0.3);
  table(doc, columns(width), data.entries, left);

  const tally = (Object.keys(OUTCOMES) as Entry['outcome'][]).map(
    (o) => `${OUTCOMES[o]}: ${data.entries.filter((e) => e.outcome === o).length}`,
  );
  doc.moveDown(0.6);
  para(
    'regular',
    `Tổng số mô hình được xét: ${data.entries.length}; trong đó: ${tally.join('; ')}.`,
  );
  doc.moveDown(0.3);
  para(
    'regular',
    `Biên bản kết thúc lúc ${at.hour} giờ ${at.minute} phút, ${at.dated}, ` +
      'đã được thông qua tại phiên họp và các thành viên có mặt nhất trí.',
  );

  // The signatures stay together, on the next page if they do not fit on this one.
  if (doc.y + 18 + 95 > doc.page.maxY()) doc.addPage();
  const signY = doc.y + 18;
  const half = width / 2;
  for (const [i, title, name] of [
    [0, 'THƯ KÝ', data.secretaryName],
    [1, 'CHỦ TỊCH', data.chairName],
  ] as const) {
    put('bold', SIZE, title, { width: half }, [left + i * half, signY]);
    put('italic', 10, '(Ký, ghi rõ họ tên)', { width: half });
    if (name) put('bold', SIZE, name, { width: half }, [left + i * half, signY + 80]);
  }

  // Page numbers sit in the bottom margin: lift the margin meanwhile, or PDFKit opens a new page.
  const { start, count: pages } = doc.bufferedPageRange();
  for (let i = start; i < start + pages; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    const footY = doc.page.height - MARGINS.bottom / 2 - 5;
    put('italic', 9, `Trang ${i - start + 1}/${pages}`, { width, lineBreak: false }, [left, footY]);
    doc.page.margins.bottom = MARGINS.bottom;
  }
  doc.end();
  return done;
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
  if (!rows.length)
    doc.font('italic').text('Không có mô hình nào trong vòng xét duyệt.', left, doc.y + pad);
};
