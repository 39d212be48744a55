import { create as createQr } from 'qrcode';
import { interpolate, vi } from '@vinh-danh/shared';
import {
  MM,
  nfc,
  openSheet,
  placeAndDate,
  shortDate,
  signature,
  upper,
  type Sheet,
  type Signature,
} from './engine';

export interface CertificateDoc {
  heading: string[];
  party: boolean;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN", printed in red capitals */
  signerCapacityLine: string;
  /** "GIẤY KHEN", printed in red capitals */
  awardName: string;
  recipient: { name: string; position: string | null; unitName: string };
  achievement: string;
  decision: { numberText: string; date: Date };
  /** số sổ vàng: the entry's ordinal in the signed decision */
  bookNumber: number;
  place: string;
  date: Date;
  signature: Signature;
  code: string;
  /** what the QR encodes: the verification address with the signed facts */
  qrPayload: string;
  annulled: boolean;
  /** the emblem printed top centre (PNG or JPEG), when the issuer has one on file */
  emblem?: Buffer | null;
}

const D = vi.documents;
const C = D.certificate;
const RED = '#c8102e';
const GOLD = '#b8860b';

/** The QR's modules, dark or light, row by row: what the certificate draws. */
export const qrModules = (payload: string): boolean[][] => {
  const { modules } = createQr(payload, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => Boolean(modules.get(r, c))),
  );
};

/**
 * The QR drawn as vector squares with its quiet zone: sharp at any print size, and no image
 * decoder between the payload and the page.
 */
const qr = (sheet: Sheet, payload: string, x: number, y: number, size: number) => {
  const { doc } = sheet;
  const rows = qrModules(payload);
  const n = rows.length + 8; // four modules of quiet zone each side
  const cell = size / n;
  doc.save().rect(x, y, size, size).fill('white');
  rows.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell + 0.05, cell + 0.05);
    }),
  );
  doc.fill('black').restore();
};

/** A double border, gold outside and thin inside, as the printed forms have. */
const border = (sheet: Sheet) => {
  const { doc } = sheet;
  const [w, h] = [doc.page.width, doc.page.height];
  doc
    .save()
    .lineWidth(4)
    .strokeColor(GOLD)
    .rect(8 * MM, 8 * MM, w - 16 * MM, h - 16 * MM)
    .stroke();
  doc
    .lineWidth(1)
    .rect(11 * MM, 11 * MM, w - 22 * MM, h - 22 * MM)
    .stroke()
    .restore();
};

/** "ĐÃ HỦY" across the middle, in red: an annulled certificate must not pass for a valid one. */
const annulledStamp = (sheet: Sheet) => {
  const { doc } = sheet;
  const [cx, cy] = [doc.page.width / 2, doc.page.height / 2];
  const [w, h] = [130 * MM, 34 * MM];
  doc
    .save()
    .rotate(-18, { origin: [cx, cy] })
    .opacity(0.85);
  doc
    .lineWidth(5)
    .strokeColor(RED)
    .rect(cx - w / 2, cy - h / 2, w, h)
    .stroke();
  doc.fillColor(RED);
  doc.font('bold').fontSize(64);
  const lineHeight = doc.currentLineHeight();
  sheet.put('bold', 64, C.annulled, { width: w, lineBreak: false }, [
    cx - w / 2,
    cy - lineHeight / 2,
  ]);
  doc.restore();
};

export const renderCertificate = (c: CertificateDoc): Promise<Buffer> => {
  const margin = 18 * MM;
  const sheet = openSheet({
    layout: 'landscape',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    title: interpolate(C.title, { award: upper(c.awardName), name: nfc(c.recipient.name) }),
    subject: c.code,
    size: 13,
  });
  const { doc, left, width, put } = sheet;
  border(sheet);

  const o = { width };
  let top = margin;
  if (c.emblem) {
    const side = 17 * MM;
    doc.image(c.emblem, left + (width - side) / 2, top - 4 * MM, {
      fit: [side, side],
      align: 'center',
    });
    top += side - 2 * MM;
  }
  if (c.party) put('bold', 15, D.party, o, [left, top]);
  else {
    put('bold', 14, D.nation, o, [left, top]);
    put('bold', 15, D.motto, o);
  }
  doc.font('bold').fontSize(15);
  const line = doc.widthOfString(c.party ? D.party : D.motto);
  doc
    .lineWidth(0.8)
    .moveTo(left + (width - line) / 2, doc.y + 2)
    .lineTo(left + (width + line) / 2, doc.y + 2)
    .stroke();

  doc.fillColor(RED);
  put('bold', 18, upper(c.signerCapacityLine), o, [left, doc.y + 30]);
  doc.fillColor('black');
  put('bold', 17, C.give, o, [left, doc.y + 10]);
  doc.fillColor(RED);
  put('bold', 50, upper(c.awardName), o, [left, doc.y + 4]);
  doc.fillColor('black');
  const inner = { width: width * 0.8 };
  const innerX = left + width * 0.1;
  put('bold', 24, c.recipient.name, inner, [innerX, doc.y + 10]);
  const where = c.recipient.position
    ? interpolate(C.positionAt, { position: c.recipient.position, unit: c.recipient.unitName })
    : c.recipient.unitName;
  put('regular', 15, where, inner, [innerX, doc.y + 4]);
  // The foot: the decision, golden book, code and QR left; place, date and signature right.
  const footY = doc.page.height - margin - 132;
  // A long achievement shrinks to stay clear of the foot rather than run into it.
  const achievementY = doc.y + 12;
  let size = 15;
  for (; size > 10; size -= 0.5) {
    doc.font('italic').fontSize(size);
    if (achievementY + doc.heightOfString(nfc(c.achievement), inner) < footY - 6) break;
  }
  put('italic', size, c.achievement, inner, [innerX, achievementY]);

  const colW = width * 0.42;
  const small = { width: colW, align: 'left' as const };
  const decided = interpolate(C.decision, {
    number: c.decision.numberText,
    date: shortDate(c.decision.date),
  });
  put('regular', 11, decided, small, [left + 6, footY]);
  put('regular', 11, interpolate(C.book, { n: c.bookNumber }), small, [left + 6, doc.y + 1]);
  put('regular', 11, interpolate(C.code, { code: c.code }), small, [left + 6, doc.y + 1]);
  qr(sheet, c.qrPayload, left, doc.y + 2, 76);

  const rightX = left + width - colW;
  put('italic', 13, placeAndDate(c.place, c.date), { width: colW }, [rightX, footY]);
  signature(sheet, c.signature, { x: rightX, y: doc.y + 2, width: colW, size: 13, room: 52 });

  if (c.annulled) annulledStamp(sheet);
  return sheet.end();
};
