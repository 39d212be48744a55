import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { foldText } from '@vinh-danh/shared';

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Narrows a query to rows whose folded text contains every word of the search, in any order:
 * "moc quoc gioi mu sang" finds "Tổ tự quản mốc quốc giới xã Mù Sang".
 */
export const whereAllWords = <T extends ObjectLiteral>(
  q: SelectQueryBuilder<T>,
  expression: string,
  search: string | undefined | null,
): SelectQueryBuilder<T> => {
  const words = foldText(search ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
  words.forEach((word, i) =>
    q.andWhere(`${expression} LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(word)}%` }),
  );
  return q;
};
