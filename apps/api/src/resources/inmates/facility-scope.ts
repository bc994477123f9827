import type { Executor } from "@sinergi/db";
import type { Context } from "hono";
import { authRequired } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { ProblemError } from "../../http/problem.ts";

/**
 * The facilities whose inmates and cohorts the caller may see: undefined for a national scope (all),
 * otherwise the ids (empty for a partner, whose cohorts are found through its programs instead).
 */
export async function scopedFacilityIds(
  c: Context<AppEnv>,
  db: Executor = c.get("db"),
): Promise<readonly string[] | undefined> {
  const p = c.get("principal");
  if (!p) throw authRequired();
  switch (p.scope.kind) {
    case "national":
      return undefined;
    case "facility":
      return [p.scope.facilityId];
    case "regional": {
      const rows = await db
        .selectFrom("facilities")
        .select("id")
        .where("regionalOfficeId", "=", p.scope.regionalOfficeId)
        .execute();
      return rows.map((r) => r.id);
    }
    case "partner":
      return [];
  }
}

/** True when the caller's scope covers the facility (outside it, records read as not found). */
export async function facilityInScope(
  c: Context<AppEnv>,
  facilityId: string,
  db: Executor = c.get("db"),
): Promise<boolean> {
  const ids = await scopedFacilityIds(c, db);
  return ids === undefined || ids.includes(facilityId);
}

/** One referenced id to check: the table it lives in and the input field that named it. */
export interface Reference {
  readonly table: "facilities" | "partners" | "agreements" | "programs" | "areas";
  readonly id: string;
  readonly field: string;
  /** For a scoped referent: whether the caller may see it (one outside the scope reads as missing). */
  readonly visible?: (db: Executor) => Promise<boolean>;
}

/**
 * Checks that each referenced row exists (and, where it says so, is visible to the caller): 422
 * `validation/reference` naming every missing field.
 */
export async function checkReferences(db: Executor, refs: readonly Reference[]): Promise<void> {
  const errors: { field: string; message: string }[] = [];
  for (const ref of refs) {
    const found =
      ref.table === "areas"
        ? await db
            .selectFrom("areas")
            .select("code")
            .where("code", "=", ref.id)
            .where("level", "=", "regency")
            .executeTakeFirst()
        : await db.selectFrom(ref.table).select("id").where("id", "=", ref.id).executeTakeFirst();
    if (!found || (ref.visible !== undefined && !(await ref.visible(db))))
      errors.push({ field: ref.field, message: `no such ${ref.table === "areas" ? "regency" : "record"}` });
  }
  if (errors.length > 0)
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", { errors });
}

/**
 * A facility outside the caller's scope named in a body: refused like a missing one (no existence leak).
 * Pass the transaction when inside one: PGlite has a single connection.
 */
export async function checkFacilityWritable(
  c: Context<AppEnv>,
  db: Executor,
  facilityId: string,
): Promise<void> {
  if (!(await facilityInScope(c, facilityId, db)))
    throw new ProblemError(422, "validation/reference", "A referenced record does not exist", {
      errors: [{ field: "facilityId", message: "no such record" }],
    });
  await checkReferences(db, [{ table: "facilities", id: facilityId, field: "facilityId" }]);
}
