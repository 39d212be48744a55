import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isId } from './ids';

/*
 * Per-request batching, so that a list costs a fixed number of queries however long it is.
 * The features build their loaders from these (`modules/<feature>/<feature>.loaders.ts`).
 */

/** Loads rows by id, in the order asked, null for a missing one. */
export const byId = <T extends { id: string }>(db: DataSource, entity: new () => T) =>
  new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });

/** Loads the rows belonging to each parent id, in the given order. */
export const manyOf = <T extends object>(
  db: DataSource,
  entity: new () => T,
  key: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
) =>
  new DataLoader<string, T[]>(async (ids) => {
    const rows: T[] = await db
      .getRepository(entity)
      .find({ where: { [key]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((r) => r[key] === (id as unknown)));
  });

/**
 * Rows of a SQL query (taking the keys as `$1`, an array) grouped under the value of `key`:
 * one query for a whole list's worth of keys.
 */
export const groupedBy = <Row extends Record<string, unknown>>(
  db: DataSource,
  sql: string,
  key: keyof Row & string,
) =>
  new DataLoader<string, Row[]>(async (keys) => {
    const rows: Row[] = await db.query(sql, [[...keys]]);
    return keys.map((k) => rows.filter((r) => r[key] === k));
  });

/** `byId` for ids a client sent: a malformed one is simply not found, never a query error. */
export const byClientId = <T extends { id: string }>(db: DataSource, entity: new () => T) =>
  new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isId);
    const rows = valid.length
      ? await db.getRepository(entity).findBy({ id: In(valid) } as never)
      : [];
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
