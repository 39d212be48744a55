import { EVIDENCE_TYPES } from '@vinh-danh/shared';

/**
 * The type of an uploaded file from its first bytes, not from what the browser claims. Office
 * Open XML and OpenDocument files are ZIP archives, and the old Office formats share one
 * container, so for those the file name's extension picks among the types the bytes allow.
 * (file-type does this more thoroughly but is ESM-only, which the test runner cannot load.)
 */
const ZIP_TYPES = ['docx', 'xlsx', 'pptx', 'odt', 'ods'];
const OLE_TYPES = ['doc', 'xls', 'ppt'];

const starts = (head: Buffer, bytes: number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);

const byExtension = (ext: string) =>
  Object.entries(EVIDENCE_TYPES).find(([, e]) => e === ext)?.[0] ?? null;

export const sniffType = (head: Buffer, fileName: string): string | null => {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (starts(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(head, [0x52, 0x49, 0x46, 0x46]) && starts(head, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) && ZIP_TYPES.includes(ext)) return byExtension(ext);
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && OLE_TYPES.includes(ext)) {
    return byExtension(ext);
  }
  return null;
};
