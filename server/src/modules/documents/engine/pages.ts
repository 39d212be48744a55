import type { Font } from './fonts';
import type { Sheet } from './sheet';

export interface PageNumbers {
  /** official documents number pages at the top, records at the foot */
  at: 'top' | 'bottom';
  /** the first page numbered (Decree 30/2020: from the second) */
  from: number;
  label: (page: number, pages: number) => string;
  font?: Font;
  size?: number;
}

/**
 * Writes page numbers once every page exists, and anything else each page carries (a draft's
 * mark). Numbers sit in a margin: lift that margin meanwhile, or PDFKit opens a new page.
 */
export const numberPages = (sheet: Sheet, n: PageNumbers, each?: (page: number) => void): void => {
  const { doc, left, width, margins } = sheet;
  const { start, count: pages } = doc.bufferedPageRange();
  for (let i = start; i < start + pages; i++) {
    doc.switchToPage(i);
    const page = i - start + 1;
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    const size = n.size ?? 9;
    const y =
      n.at === 'top' ? margins.top / 2 - size / 2 : doc.page.height - margins.bottom / 2 - 5;
    if (page >= n.from)
      sheet.put(n.font ?? 'italic', size, n.label(page, pages), { width, lineBreak: false }, [
        left,
        y,
      ]);
    each?.(page);
    doc.page.margins.bottom = margins.bottom;
    doc.page.margins.top = margins.top;
  }
};
