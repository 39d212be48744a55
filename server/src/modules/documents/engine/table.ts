import type { Sheet } from './sheet';
import { nfc } from './text';

export interface Column {
  head: string;
  /** in points; 0 takes what the other columns leave */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A row of cells, or a line across the table that heads a group of rows ("I. TẬP THỂ"). */
export type Row = string[] | { group: string };

export interface TableStyle {
  size: number;
  head: number;
  pad: number;
  /** a grey heading row, for working records; official lists keep it white */
  shade?: boolean;
  /** what to say when there are no rows */
  empty?: string;
}

/** Gives the column of width 0 what the others leave of `total`. */
export const fit = (cols: Column[], total: number): Column[] => {
  const rest = total - cols.reduce((sum, c) => sum + c.width, 0);
  return cols.map((c) => (c.width === 0 ? { ...c, width: rest } : c));
};

/** Rows never split across pages; every page the table continues on repeats its heading. */
export const table = (sheet: Sheet, columns: Column[], rows: Row[], style: TableStyle): void => {
  const { doc, left } = sheet;
  const cols = fit(columns, sheet.width);
  const { pad } = style;
  const total = cols.reduce((sum, c) => sum + c.width, 0);
  // Sets the font as a side effect, so that measuring and drawing a row use the same one.
  const heightOf = (row: Row, head = false) => {
    doc
      .font(head || !Array.isArray(row) ? 'bold' : 'regular')
      .fontSize(head ? style.head : style.size);
    if (!Array.isArray(row))
      return doc.heightOfString(row.group, { width: total - 2 * pad }) + 2 * pad;
    const w = (i: number) => ({ width: cols[i].width - 2 * pad });
    return Math.max(...row.map((text, i) => doc.heightOfString(text, w(i)))) + 2 * pad;
  };
  const draw = (row: Row, head = false) => {
    const [y, h] = [doc.y, heightOf(row, head)];
    const cells = Array.isArray(row) ? row : [row.group];
    let x = left;
    cells.forEach((text, i) => {
      const w = Array.isArray(row) ? cols[i].width : total;
      doc.rect(x, y, w, h);
      if (head && style.shade) doc.fillAndStroke('#eeeeee', 'black').fillColor('black');
      else doc.stroke();
      const align = head ? 'center' : Array.isArray(row) ? (cols[i].align ?? 'left') : 'left';
      doc.text(text, x + pad, y + pad, { width: w - 2 * pad, align });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const heads = cols.map((c) => nfc(c.head));
  const cells = rows.map((r) => (Array.isArray(r) ? r.map(nfc) : { group: nfc(r.group) }));
  // A heading alone at the foot of a page is useless: it moves on with the first row.
  const first = cells.length ? heightOf(cells[0]) : 0;
  if (doc.y + heightOf(heads, true) + first > doc.page.maxY()) doc.addPage();
  draw(heads, true);
  for (const row of cells) {
    if (doc.y + heightOf(row) > doc.page.maxY()) {
      doc.addPage();
      draw(heads, true);
    }
    draw(row);
  }
  if (!cells.length && style.empty) doc.font('italic').text(nfc(style.empty), left, doc.y + pad);
};
