import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';

/** Reads a QR from a greyscale image, one byte a pixel. */
export const readQr = (grey: Uint8Array, width: number, height: number): string | null => {
  const rgba = new Uint8ClampedArray(width * height * 4);
  grey.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return jsQR(rgba, width, height)?.data ?? null;
};

/** Whether poppler's pdftoppm is on this machine, to read a QR off a rendered page. */
export const canRasterise = (): boolean => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** The first page of a PDF as a greyscale image (PGM, "P5"), by pdftoppm. */
export const rasterise = (
  pdf: Buffer,
  dpi = 150,
): { grey: Uint8Array; width: number; height: number } => {
  const dir = mkdtempSync(join(tmpdir(), 'vd-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'in.pdf'),
      join(dir, 'out'),
    ]);
    const pgm = readFileSync(join(dir, 'out.pgm'));
    // "P5\n<width> <height>\n<max>\n" then the pixels
    const header = pgm
      .subarray(0, 64)
      .toString('latin1')
      .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error('not a binary PGM');
    const [, width, height] = header.map(Number);
    return { grey: pgm.subarray(header[0].length), width, height };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
