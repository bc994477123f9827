import { assertNever, type Scope } from "@sinergi/domain";
import type { Executor } from "../connection.ts";

/**
 * True when `inner` lies inside `outer` (the rule `visibleIds` applies to users and keys, for one scope): a facility inside its
 * regional office, anything inside national.
 */
export async function scopeWithin(db: Executor, outer: Scope, inner: Scope): Promise<boolean> {
  if (outer.kind === "national") return true;
  if (outer.kind === "regional") {
    if (inner.kind === "regional") return inner.regionalOfficeId === outer.regionalOfficeId;
    if (inner.kind === "facility") {
      const f = await db
        .selectFrom("facilities")
        .select("regionalOfficeId")
        .where("id", "=", inner.facilityId)
        .executeTakeFirst();
      return f?.regionalOfficeId === outer.regionalOfficeId;
    }
    return false;
  }
  if (outer.kind === "facility") return inner.kind === "facility" && inner.facilityId === outer.facilityId;
  return inner.kind === "partner" && inner.partnerId === outer.partnerId;
}

/** True when `inner` exists and lies within `outer`: a scope the caller may hand to a user or a key. */
export async function scopeGrantable(db: Executor, outer: Scope, inner: Scope): Promise<boolean> {
  return (await scopeExists(db, inner)) && (await scopeWithin(db, outer, inner));
}

/** True when the scope names something that exists. */
export async function scopeExists(db: Executor, scope: Scope): Promise<boolean> {
  switch (scope.kind) {
    case "national":
      return true;
    case "regional":
      return !!(await db
        .selectFrom("regionalOffices")
        .select("id")
        .where("id", "=", scope.regionalOfficeId)
        .executeTakeFirst());
    case "facility":
      return !!(await db
        .selectFrom("facilities")
        .select("id")
        .where("id", "=", scope.facilityId)
        .executeTakeFirst());
    case "partner":
      return !!(await db
        .selectFrom("partners")
        .select("id")
        .where("id", "=", scope.partnerId)
        .executeTakeFirst());
    default:
      return assertNever(scope);
  }
}
