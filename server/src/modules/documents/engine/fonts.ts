/**
 * PDFKit's built-in Helvetica has no Vietnamese letters, so every document embeds DejaVu Serif
 * Condensed: full Vietnamese coverage, a free licence, and about the width of the Times face that
 * official records are set in. Resolved as a package, not relative to this file, so the paths hold
 * from `src` under Jest and from `dist` after tsc alike.
 */
export const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-Italic.ttf'),
  boldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerifCondensed-BoldItalic.ttf'),
} as const;

export type Font = keyof typeof FONTS;
