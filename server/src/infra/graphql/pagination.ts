import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import { refuse } from './errors';
import { isId } from './ids';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  after?: string | null;
}

/** A keyset cursor: the sort key and id of the last row, opaque to clients. */
export const encodeCursor = (key: readonly string[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

export const decodeCursor = (cursor: string, size: number): string[] => {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(key) && key.length === size && key.every((k) => typeof k === 'string')) {
      return key as string[];
    }
  } catch {
    // fall through to the refusal below
  }
  throw refuse('INVALID_CURSOR');
};

/**
 * Keyset paging on a timestamp and the id, newest first, for a query builder on `alias`. The
 * cursor carries the timestamp as PostgreSQL prints it, microseconds and all: a JavaScript Date
 * keeps milliseconds, and rows that share a millisecond across a page boundary would be skipped.
 * Fetches one row more than the page, which only says there is more.
 */
export const pageByTime = async <T extends { id: string }>(
  q: SelectQueryBuilder<T>,
  alias: string,
  column: string,
  page: { first: number; after?: string | null },
): Promise<Page<T>> => {
  const at = `${alias}.${column}`;
  if (page.after) {
    const [time, id] = decodeCursor(page.after, 2);
    if (!isId(id)) throw refuse('INVALID_CURSOR');
    q.andWhere(`(${at}, ${alias}.id) < (:cursorAt::timestamptz, :cursorId::uuid)`, {
      cursorAt: time,
      cursorId: id,
    });
  }
  const { entities, raw } = await q
    .addSelect(`${at}::text`, 'cursor_at')
    .orderBy(at, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(page.first + 1)
    .getRawAndEntities<Record<string, string>>();
  const timeOf = new Map(raw.map((r) => [r[`${alias}_id`], r.cursor_at]));
  return toPage(entities, page.first, (e) => [timeOf.get(e.id)!, e.id]);
};

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** Rows fetched with limit + 1 become a page: the extra row only says there is more. */
export const toPage = <T>(rows: T[], first: number, keyOf: (row: T) => string[]): Page<T> => {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(keyOf(last)) : null,
    },
  };
};

export const Connection = <T extends object>(item: ClassType<T>, name: string) => {
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => [item])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
};
