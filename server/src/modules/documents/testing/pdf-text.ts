import pdf from 'pdf-parse';

export interface PdfText {
  pages: number;
  /** the whole text, NFC, with runs of whitespace folded to one space */
  text: string;
  /** the same, page by page */
  byPage: string[];
  /** the whole text as embedded, whitespace folded but not normalised: to prove NFC at source */
  raw: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fold = (s: string) => squash(s.normalize('NFC'));

interface TextItem {
  str: string;
  transform: number[];
}
interface PageData {
  getTextContent(o: object): Promise<{ items: TextItem[] }>;
}

/**
 * The text of a PDF as a reader's search would see it, for tests. pdf-parse puts a line break
 * between text runs on different lines; compare with runs of whitespace folded.
 */
export const pdfText = async (buffer: Buffer): Promise<PdfText> => {
  const byPage: string[] = [];
  const parsed = await pdf(buffer, {
    // As pdf-parse's own page renderer, but keeping each page apart.
    pagerender: async (page: PageData) => {
      const content = await page.getTextContent({ disableCombineTextItems: false });
      let lastY: number | undefined;
      let text = '';
      for (const item of content.items) {
        text += lastY === undefined || lastY === item.transform[5] ? item.str : `\n${item.str}`;
        lastY = item.transform[5];
      }
      byPage.push(fold(text));
      return text;
    },
  });
  return { pages: parsed.numpages, text: fold(parsed.text), byPage, raw: squash(parsed.text) };
};
