/**
 * Folds Vietnamese text for search: lower case, no tone marks or diacritics, đ → d, one space.
 * "Noong Luống" and "noong luong" fold to the same string. The server stores the folded form
 * beside the name so that a plain index serves the search.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
