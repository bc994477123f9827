import { assertNever, type Scope } from "@sinergi/domain";
import type { Executor } from "../connection.ts";
import { unknownAreaCodes } from "../repositories/organisation/areas.ts";
import { findFacility } from "../repositories/organisation/facilities.ts";
import type { VisibleKind } from "./kinds.ts";
import { visibleAmong } from "./predicates.ts";
import type { Viewer } from "./viewer.ts";

/** One id named in a request body or filter, the kind it must be and the input field that named it. */
export interface Reference {
  readonly kind: VisibleKind | "regency";
  readonly id: string;
  readonly field: string;
  /** What to say when it is missing (or unseen: the same words); "no such record" by default. */
  readonly message?: string;
  /** Check existence only (a reference kept unchanged from before, which the caller need not see). */
  readonly existenceOnly?: boolean;
}

/**
 * The references that name nothing the viewer may see: missing and out of scope alike, so an answer
 * never tells one from the other.
 */
export async function unseenReferences(
  db: Executor,
  viewer: Viewer,
  refs: readonly Reference[],
): Promise<Reference[]> {
  const unseen: Reference[] = [];
  for (const ref of refs) {
    if (ref.kind === "regency") {
      if ((await unknownAreaCodes(db, [ref.id], "regency")).length > 0) unseen.push(ref);
      continue;
    }
    const seen = await visibleAmong(db, ref.kind, ref.existenceOnly ? undefined : viewer, [ref.id]);
    if (!seen.has(ref.id.toLowerCase())) unseen.push(ref);
  }
  return unseen;
}

/**
 * True when the viewer may hold an agreement signed by this unit (a facility, a regional office, or
 * neither: the directorate). A facility drafts its own; its Kanwil's agreements it may only read.
 */
export async function mayHoldAgreement(
  db: Executor,
  viewer: Scope,
  unit: { readonly facilityId: string | null; readonly regionalOfficeId: string | null },
): Promise<boolean> {
  switch (viewer.kind) {
    case "national":
      return true;
    case "regional": {
      if (unit.regionalOfficeId === viewer.regionalOfficeId) return true;
      if (unit.facilityId === null) return false;
      return (await visibleAmong(db, "facility", viewer, [unit.facilityId])).size > 0;
    }
    case "facility":
      return unit.facilityId === viewer.facilityId;
    case "partner":
      return false;
    default:
      return assertNever(viewer);
  }
}

/**
 * The register a viewer adds partners and programs to: its own regional office (a facility's Kanwil),
 * null for national (the national register), undefined for a partner (it keeps none).
 */
export async function registerOf(db: Executor, viewer: Scope): Promise<string | null | undefined> {
  switch (viewer.kind) {
    case "national":
      return null;
    case "regional":
      return viewer.regionalOfficeId;
    case "facility":
      return (await findFacility(db, viewer.facilityId))?.regionalOfficeId;
    case "partner":
      return undefined;
    default:
      return assertNever(viewer);
  }
}
