import { type RawBuilder, sql } from "kysely";

/** A jsonb parameter that both drivers send the same way (pg would turn JS arrays into PG arrays). */
export function json<T>(value: T): RawBuilder<T> {
  return sql<T>`${JSON.stringify(value)}::jsonb`;
}
