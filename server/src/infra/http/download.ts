// content-disposition 2.x: 3.x is ESM-only, which the test runner cannot load.
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { foldText } from '@vinh-danh/shared';

/**
 * Headers for a file the server hands out. The type is the one the server established, and
 * the browser may not second-guess it (`nosniff`, also set on every answer); the name is
 * encoded by `content-disposition` (an ASCII fallback and the UTF-8 original, quotes and line
 * breaks escaped), so no file name can add a header or change the disposition. An uploaded file
 * is always an attachment and, should a browser render it anyway, runs sandboxed with no access
 * to the app's origin; the server's own PDFs (minutes) open inline.
 */
export const sendAs = (
  res: Response,
  file: { contentType: string; fileName: string; sizeBytes?: number },
  disposition: 'attachment' | 'inline' = 'attachment',
): void => {
  res.setHeader('content-type', file.contentType);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader(
    'content-disposition',
    contentDisposition(file.fileName, {
      type: disposition,
      // for the rare client that ignores filename*: the name without its diacritics
      fallback: foldText(file.fileName).replace(/[^\x20-\x7e]/g, '_'),
    }),
  );
  res.setHeader('cache-control', 'private, no-store');
  if (file.sizeBytes !== undefined) res.setHeader('content-length', String(file.sizeBytes));
  if (disposition === 'attachment')
    res.setHeader('content-security-policy', "sandbox; default-src 'none'");
};
