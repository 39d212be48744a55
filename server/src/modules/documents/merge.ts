import { PDFDocument } from '@cantoo/pdf-lib';

/** One PDF of the given ones, in order: a proposal's dossier is its parts bound together. */
export const mergePdfs = async (buffers: Buffer[]): Promise<Buffer> => {
  const merged = await PDFDocument.create();
  for (const buffer of buffers) {
    const part = await PDFDocument.load(buffer);
    const pages = await merged.copyPages(part, part.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  return Buffer.from(await merged.save());
};
