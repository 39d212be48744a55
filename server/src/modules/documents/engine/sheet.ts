import PDFDocument from 'pdfkit';
import { FONTS, type Font } from './fonts';
import { nfc } from './text';

export type TextOptions = PDFKit.Mixins.TextOptions;

/** Millimetres to PDF points. */
export const MM = 72 / 25.4;

/** The margins of Decree 30/2020 for official documents: left 30, right 15, top and bottom 20 mm. */
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

export interface SheetOptions {
  layout?: 'portrait' | 'landscape';
  margins?: typeof MARGINS;
  /** the body's font size */
  size?: number;
  title: string;
  subject?: string;
}

/** An A4 document being written, with the few moves every official document makes. */
export interface Sheet {
  doc: PDFKit.PDFDocument;
  margins: typeof MARGINS;
  /** left edge and width of the text block */
  left: number;
  width: number;
  size: number;
  /** Text, centred unless told, NFC; at a point, or where the last text ended. */
  put(font: Font, size: number, text: string, o?: TextOptions, at?: [number, number]): void;
  /** A justified paragraph across the text block in the body size. */
  para(font: Font, text: string, o?: TextOptions): void;
  /** Starts a new page when `height` more points would not fit on this one. */
  keep(height: number): void;
  /** Finishes the document. */
  end(): Promise<Buffer>;
}

export const openSheet = (o: SheetOptions): Sheet => {
  const margins = o.margins ?? MARGINS;
  const doc = new PDFDocument({
    size: 'A4',
    layout: o.layout ?? 'portrait',
    margins,
    bufferPages: true, // page numbers need the total, known only at the end
    font: FONTS.regular,
    info: { Title: nfc(o.title), ...(o.subject ? { Subject: nfc(o.subject) } : {}) },
    lang: 'vi-VN',
  });
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const size = o.size ?? 12;
  // PDFKit reads an undefined x as the options: without a position, pass the options alone.
  const put: Sheet['put'] = (font, fontSize, text, opts = {}, at) => {
    const options: TextOptions = { align: 'center', ...opts };
    doc.font(font).fontSize(fontSize);
    if (at) doc.text(nfc(text), ...at, options);
    else doc.text(nfc(text), options);
  };
  return {
    doc,
    margins,
    left,
    width,
    size,
    put,
    para: (font, text, opts = {}) =>
      put(font, size, text, { width, align: 'justify', ...opts }, [left, doc.y]),
    keep: (height) => {
      if (doc.y + height > doc.page.maxY()) doc.addPage();
    },
    end: () => {
      doc.end();
      return done;
    },
  };
};

/** A horizontal rule `gap` points under the last line. */
export const rule = (sheet: Sheet, x: number, w: number, gap = 2): void => {
  const { doc } = sheet;
  doc
    .lineWidth(0.6)
    .moveTo(x, doc.y + gap)
    .lineTo(x + w, doc.y + gap)
    .stroke();
};
