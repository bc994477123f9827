import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import type { IdempotencyKeysTable } from "../../schema/core.ts";

/** One remembered Idempotency-Key: the request it came with and, once answered, the answer. */
export type IdempotencyKeyRecord = Selectable<IdempotencyKeysTable>;

/** Forgets the keys created before `before` (a key lasts a day; later the same key starts afresh). */
export async function forgetIdempotencyKeysBefore(db: Executor, before: string): Promise<void> {
  await db.deleteFrom("idempotencyKeys").where("createdAt", "<", before).execute();
}

/** Claims a key for a request; false when the caller already used it (then read it with findIdempotencyKey). */
export async function claimIdempotencyKey(
  db: Executor,
  claim: { key: string; scope: string; requestHash: string; at: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto("idempotencyKeys")
    .values({ key: claim.key, scope: claim.scope, requestHash: claim.requestHash, createdAt: claim.at })
    .onConflict((oc) => oc.columns(["scope", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** A caller's key as remembered. */
export async function findIdempotencyKey(
  db: Executor,
  scope: string,
  key: string,
): Promise<IdempotencyKeyRecord | undefined> {
  return db
    .selectFrom("idempotencyKeys")
    .selectAll()
    .where("scope", "=", scope)
    .where("key", "=", key)
    .executeTakeFirst();
}

/** Forgets a caller's key (its request failed or was refused, so a retry may run). */
export async function forgetIdempotencyKey(db: Executor, scope: string, key: string): Promise<void> {
  await db.deleteFrom("idempotencyKeys").where("scope", "=", scope).where("key", "=", key).execute();
}

/** Keeps the answer to replay for a caller's key: status, headers and the body as sent (or withheld). */
export async function recordIdempotentAnswer(
  db: Executor,
  scope: string,
  key: string,
  answer: { status: number; body: string | null; withheld: boolean; headers: Record<string, string> },
): Promise<void> {
  await db
    .updateTable("idempotencyKeys")
    .set({
      statusCode: answer.status,
      responseBody: answer.body,
      responseWithheld: answer.withheld,
      responseHeaders: json(answer.headers),
    })
    .where("scope", "=", scope)
    .where("key", "=", key)
    .execute();
}
