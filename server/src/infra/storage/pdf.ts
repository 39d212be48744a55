import { PDFDocument } from '@cantoo/pdf-lib';

const VERSION_LINE = /^%PDF-(1\.[0-7]|2\.0)[\r\n]/;
const END = Buffer.from('%%EOF');
/** What scanners and editors are seen to leave after the last end-of-file marker. */
const PADDING = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20]);

/**
 * Whether the bytes are a PDF as a whole, not only at their start: a version line, a document
 * a PDF parser can open with at least one page, and nothing but padding after the last
 * `%%EOF`, where a file made to be read as PDF and as HTML would carry its second life.
 * Encrypted PDFs (permissions are common on official scans) are opened without decrypting.
 */
export const isWholePdf = async (bytes: Buffer): Promise<boolean> => {
  if (!VERSION_LINE.test(bytes.subarray(0, 10).toString('latin1'))) return false;
  const end = bytes.lastIndexOf(END);
  if (end < 0 || !bytes.subarray(end + END.length).every((b) => PADDING.has(b))) return false;
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount() > 0;
  } catch {
    return false;
  }
};
