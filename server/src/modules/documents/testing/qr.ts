import jsQR from 'jsqr';

/** Reads a QR from a greyscale image, one byte a pixel. */
export const readQr = (grey: Uint8Array, width: number, height: number): string | null => {
  const rgba = new Uint8ClampedArray(width * height * 4);
  grey.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  return jsQR(rgba, width, height)?.data ?? null;
};
