import {
  type Executor,
  type FacilityRecord,
  findFacility,
  findLicence,
  type LicenceRecord,
} from "@sinergi/db";
import { IdSchema, type Scope } from "@sinergi/domain";
import type { Context } from "hono";
import * as v from "valibot";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { notFound, ProblemError } from "../../http/problem.ts";

/** OpenAPI tags. */
export const facilityTags = ["Facilities"];
/** OpenAPI tags of licence routes. */
export const licenceTags = ["Facility licences"];
/** Path parameters of one record. */
export const IdParams = v.object({ id: IdSchema });
/** Entity type of licences in the lifecycle history. */
export const LICENCE_ENTITY = "facility_licence";

/**
 * The facility if it exists and lies in the caller's scope (the office's facilities for a regional role,
 * one facility, or for a partner those it has agreements with); otherwise 404, never 403.
 */
export async function visibleFacility(
  c: Context<AppEnv>,
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<FacilityRecord> {
  const found = await findFacility(db, id, { ...options, viewer: viewerOf(c) });
  if (!found) throw notFound("Facility");
  return found;
}

/** The licence and its facility, if the facility lies in the caller's scope (404 otherwise). */
export async function visibleLicence(
  c: Context<AppEnv>,
  db: Executor,
  id: string,
  forUpdate = false,
): Promise<{ licence: LicenceRecord; facility: FacilityRecord }> {
  const licence = await findLicence(db, id, { forUpdate });
  if (!licence) throw notFound("Licence");
  try {
    return { licence, facility: await visibleFacility(c, db, licence.facilityId) };
  } catch {
    throw notFound("Licence");
  }
}

/** A facility may be placed under a regional office only by a national role or that office's own role. */
export function assertMayPlace(scope: Scope | undefined, regionalOfficeId: string): void {
  const ok =
    scope?.kind === "national" || (scope?.kind === "regional" && scope.regionalOfficeId === regionalOfficeId);
  if (!ok)
    throw new ProblemError(
      403,
      "auth/forbidden",
      "Your scope may not place a facility under this regional office",
    );
}

/** Who and when, for a lifecycle move (written once, in the move-route factory). */
export { moveContext } from "../../http/move-route.ts";
