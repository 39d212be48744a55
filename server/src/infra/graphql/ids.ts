const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing, and must not reach PostgreSQL as a cast error. */
export const isId = (value: string): boolean => UUID.test(value);
