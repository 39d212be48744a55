import { vi } from '@vinh-danh/shared';
import type { Sheet } from './sheet';
import { upper } from './text';

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; empty when the signer signs in their own name */
  capacity: string;
  title: string;
  name: string;
}

export interface SignatureAt {
  x: number;
  y: number;
  width: number;
  size?: number;
  /** "(Ký, đóng dấu)" under the title */
  hint?: string;
  /** room for the signature and seal, in points */
  room?: number;
}

/** Capacity and title in bold capitals, room to sign and seal, then the name. Returns its end. */
export const signature = (sheet: Sheet, s: Signature, at: SignatureAt): number => {
  const { doc } = sheet;
  const size = at.size ?? sheet.size + 1;
  const o = { width: at.width };
  let first = true;
  const line = (font: 'bold' | 'italic', text: string, fontSize: number) => {
    sheet.put(font, fontSize, text, o, first ? [at.x, at.y] : undefined);
    first = false;
  };
  if (s.capacity.trim()) line('bold', upper(s.capacity), size);
  if (s.title.trim()) line('bold', upper(s.title), size);
  if (at.hint) line('italic', at.hint, size - 2);
  if (first) doc.y = at.y;
  doc.y += at.room ?? 70;
  if (s.name.trim()) sheet.put('bold', size, s.name, o, [at.x, doc.y]);
  return doc.y;
};

/** The height a signature block takes, to keep it on one page with what goes beside it. */
export const signatureHeight = (sheet: Sheet, room = 70): number => 4 * (sheet.size + 6) + room;

/**
 * "Nơi nhận:" in bold italic, then one line per recipient, each "- …;" and the last "- ….";
 * the archive line ("Lưu: VT") closes the list unless the caller named one.
 */
export const recipients = (
  sheet: Sheet,
  names: string[],
  at: { x: number; y: number; width: number },
): number => {
  const { doc } = sheet;
  const D = vi.documents;
  const list = names.some((n) => /^lưu\b/iu.test(n.trim())) ? names : [...names, D.archive];
  sheet.put('boldItalic', sheet.size, D.recipients, { width: at.width, align: 'left' }, [
    at.x,
    at.y,
  ]);
  list.forEach((name, i) => {
    const end = i === list.length - 1 ? '.' : ';';
    const text = `- ${name.trim().replace(/[;.]$/, '')}${end}`;
    sheet.put('regular', sheet.size - 1, text, { width: at.width, align: 'left' }, [at.x, doc.y]);
  });
  return doc.y;
};
