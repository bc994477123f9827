import { randomUUID } from "node:crypto";
import type { Executor } from "@sinergi/db";
import { insertDraftPksRow } from "@sinergi/db/testing";

/** Inserts a signed training PKS of a facility ending on `endDate`; returns its id. */
export async function insertSignedPks(db: Executor, facilityId: string, endDate: string): Promise<string> {
  const at = "2026-01-01T02:00:00.000Z";
  const id = await insertDraftPksRow(db, { facilityId, at });
  await db
    .updateTable("agreements")
    .set({
      state: "signed",
      startDate: "2026-01-01",
      endDate,
      facilityDocumentNumber: "W.1/PKS/2026",
      partnerDocumentNumber: "P/2026/1",
      signedDocument: JSON.stringify({ sha256: "a".repeat(64) }),
      signedAt: at,
      signedOn: "2026-01-01",
    })
    .where("id", "=", id)
    .execute();
  return id;
}

/** Inserts a user able to sign in (the hash is a stand-in: no test signs in). */
export async function insertUserRow(
  db: Executor,
  row: { role: string; scopeKind: string; scopeId: string | null; email: string; name: string },
): Promise<string> {
  const id = randomUUID();
  const at = "2026-01-01T00:00:00.000Z";
  await db
    .insertInto("users")
    .values({
      id,
      ...row,
      passwordHash: "x",
      previousPasswordHash: null,
      lockedUntil: null,
      disabledAt: null,
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    } as never)
    .execute();
  return id;
}

/** How many report rows each scope and period has (more than one revision 1 would be a double). */
export async function reportCounts(db: Executor): Promise<{ total: number; doubled: number }> {
  const rows = await db
    .selectFrom("reports")
    .select(["scopeKind", "facilityId", "regionalOfficeId", "period"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("revision", "=", 1)
    .groupBy(["scopeKind", "facilityId", "regionalOfficeId", "period"])
    .execute();
  return { total: rows.length, doubled: rows.filter((r) => Number(r.n) !== 1).length };
}
