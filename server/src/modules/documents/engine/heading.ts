import { vi } from '@vinh-danh/shared';
import type { Font } from './fonts';
import { rule, type Sheet } from './sheet';
import { nfc, upper } from './text';

export interface HeadingSpec {
  /** the issuing body, line by line ({'ỦY BAN NHÂN DÂN', 'HUYỆN ĐIỆN BIÊN'}) */
  issuer: string[];
  /** party bodies head with "ĐẢNG CỘNG SẢN VIỆT NAM" and a star (Guidance 36-HD/VPTW) */
  party: boolean;
  /** "Số: 01/QĐ-UBND", under the issuer */
  number?: string;
  /** "Điện Biên, ngày 05 tháng 12 năm 2026", under the motto */
  placeDate?: string;
  /** sizes: issuer lines, national title, motto, number and date lines */
  sizes?: { issuer: number; nation: number; motto: number; line: number };
  /** the left column's share of the width */
  split?: number;
}

const D = vi.documents;

/**
 * A line of the heading continues the one above when it names a place ("ỦY BAN NHÂN DÂN" over
 * "HUYỆN ĐIỆN BIÊN" is one body, all bold); otherwise the line above is the superior body, set
 * in regular type over the issuing body in bold (Decree 30/2020, annex I).
 */
const CONTINUES = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s/u;
const boldFrom = (lines: string[]): number => {
  let first = lines.length - 1;
  while (first > 0 && CONTINUES.test(lines[first])) first--;
  return first;
};

/**
 * The two-column heading of an official document: the issuing body left, underlined by a short
 * rule (party bodies: a star); the national title and motto right, the motto underlined (party
 * bodies: "ĐẢNG CỘNG SẢN VIỆT NAM", underlined); then the number left and the place and date
 * right, on one line. Returns where the heading ends.
 */
export const heading = (sheet: Sheet, spec: HeadingSpec): number => {
  const { doc, left, width } = sheet;
  const sizes = spec.sizes ?? { issuer: 12, nation: 12, motto: 13, line: 13 };
  const leftW = width * (spec.split ?? 0.42);
  const rightW = width - leftW;
  const rightX = left + leftW;
  const top = doc.y;

  const lines = spec.issuer.map(upper);
  const bold = boldFrom(lines);
  lines.forEach((line, i) => {
    const font: Font = i >= bold ? 'bold' : 'regular';
    sheet.put(font, sizes.issuer, line, { width: leftW }, i === 0 ? [left, top] : undefined);
  });
  if (spec.party) sheet.put('regular', sizes.issuer, '*', { width: leftW });
  else {
    doc.font('bold').fontSize(sizes.issuer);
    const widest = Math.max(...lines.slice(bold).map((l) => doc.widthOfString(l)), 60);
    const w = Math.min(widest / 2.5, leftW);
    rule(sheet, left + (leftW - w) / 2, w, 3);
    doc.y += 4;
  }
  const leftBottom = doc.y;

  const underlined = (font: Font, size: number, text: string, at?: [number, number]) => {
    sheet.put(font, size, text, { width: rightW }, at);
    doc.font(font).fontSize(size);
    const w = doc.widthOfString(nfc(text));
    rule(sheet, rightX + (rightW - w) / 2, w, 3);
  };
  if (spec.party) underlined('bold', sizes.nation, D.party, [rightX, top]);
  else {
    sheet.put('bold', sizes.nation, D.nation, { width: rightW }, [rightX, top]);
    underlined('bold', sizes.motto, D.motto);
  }
  const lineY = Math.max(leftBottom, doc.y + 6) + 4;
  if (spec.number) sheet.put('regular', sizes.line, spec.number, { width: leftW }, [left, lineY]);
  const numberBottom = doc.y;
  if (spec.placeDate)
    sheet.put('italic', sizes.line, spec.placeDate, { width: rightW }, [rightX, lineY]);
  const bottom = Math.max(spec.number ? numberBottom : lineY, spec.placeDate ? doc.y : lineY);
  doc.x = left;
  doc.y = bottom;
  return bottom;
};
