import { listLicencesInScope, type ScopedLicenceRecord } from "@sinergi/db";
import {
  dateInZone,
  LicenceSchema,
  LicenceStateSchema,
  LicenceTypeSchema,
  licenceStatusOn,
} from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import * as v from "valibot";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { listOf, pageQuery, sortQuery, withCursor } from "../../http/list.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { query } from "../../http/validate.ts";
import { licenceTags as tags } from "./shared.ts";

const ListQuery = v.strictObject({
  ...pageQuery,
  sort: sortQuery(["createdAt", "type", "expiresOn"], "createdAt"),
  status: v.optional(LicenceStateSchema),
  type: v.optional(LicenceTypeSchema),
  expiresWithinDays: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, "must be a whole number of days"),
      v.transform(Number),
      v.maxValue(3660, "must be at most 3660 (ten years)"),
      v.description(
        "Only licences whose expiry date is at most this many days after today in their facility's own " +
          "time zone (those already past it included): `90` for the ones to renew soon.",
      ),
    ),
  ),
});

/** A licence across facilities: the licence as everywhere, with its facility's name to show beside it. */
const ScopedLicenceSchema = v.object({
  ...LicenceSchema.entries,
  facilityName: v.pipe(v.string(), v.description("The facility the licence belongs to.")),
});

const present = (l: ScopedLicenceRecord, now: string) => {
  const { facilityTimeZone, ...licence } = l;
  const today = dateInZone(now, facilityTimeZone);
  return { ...licence, statusToday: licenceStatusOn(l, today), statusDate: today };
};

/** GET /licences: the licences of every facility in the caller's scope, in one list. */
export function licencesInScopeRoute(r: Hono<AppEnv>): void {
  r.get(
    "/licences",
    describeRoute({
      operationId: "listLicences",
      summary: "List the licences of every facility in the caller's scope",
      description:
        "A regional or national view of licences (a facility's own are also at " +
        "`/facilities/{id}/licences`). Sorting by `expiresOn` lists only licences with an expiry date.",
      tags,
      responses: {
        200: jsonContent("A page of licences", listOf(ScopedLicenceSchema)),
        ...errorResponses(400),
      },
    }),
    requirePermission("organisation:read"),
    query(ListQuery),
    async (c) => {
      const now = c.get("now")();
      const page = await withCursor(() =>
        listLicencesInScope(c.get("db"), { ...c.req.valid("query"), viewer: viewerOf(c), now }),
      );
      return c.json({ items: page.items.map((l) => present(l, now)), nextCursor: page.nextCursor });
    },
  );
}
