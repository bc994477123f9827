import {
  type FacilityResidentCounts,
  findArea,
  findPartner,
  residentCountsByFacility,
  visibleAmong,
} from "@sinergi/db";
import {
  areaContains,
  dateInZone,
  isSmallCount,
  RESIDENT_MEASURES,
  type ResidentCounts,
  ResidentCountsQuerySchema,
  ResidentStatisticsSchema,
  SMALL_COUNT_THRESHOLD,
  sumCounts,
  suppressCounts,
} from "@sinergi/domain";
import { type Context, Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { authRequired, requirePermission } from "../../access/enforce.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { notFound, ProblemError } from "../../http/problem.ts";
import { query } from "../../http/validate.ts";

const countsOf = (r: FacilityResidentCounts): ResidentCounts =>
  Object.fromEntries(RESIDENT_MEASURES.map((m) => [m, r[m]])) as Record<
    (typeof RESIDENT_MEASURES)[number],
    number
  >;

/** The area a caller may count: a partner its own area (or a part of it), others any area they name. */
async function areaFor(c: Context<AppEnv>, requested: string | undefined): Promise<string> {
  const p = c.get("principal");
  if (!p) throw authRequired();
  if (p.scope.kind !== "partner") {
    if (requested === undefined)
      throw new ProblemError(400, "validation", "The request is not valid", {
        detail: "See `errors` for each invalid field.",
        errors: [{ field: "query.areaCode", message: "is required: name a province or regency/city" }],
      });
    return requested;
  }
  const partner = await findPartner(c.get("db"), p.scope.partnerId);
  const own = partner?.areaCode ?? null;
  if (own === null)
    throw new ProblemError(409, "statistics/partner-without-area", "This partner has no area recorded", {
      detail: "Counts of residents need the partner's area; ask an admin to record it.",
    });
  if (requested === undefined) return own;
  // Its own area or a part of it; anything else is outside the partner's scope.
  if (requested !== own && !areaContains(own, requested)) throw notFound("Area");
  return requested;
}

/** /statistics: aggregate counts, for the console and for partner systems (who see no individual). */
export function statisticsRoutes(): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get(
    "/statistics/residents",
    describeRoute({
      operationId: "getResidentStatistics",
      summary: "Count an area's residents held in facilities: registered, in training, certified",
      description:
        "Residents by effective domicile (recorded, else the NIK's regency), per facility, with the facility's " +
        "latest population snapshot. Every figure is as of `on` (default today in WIB): admissions, enrollments " +
        "and completions up to that day, certificates valid on it, the latest snapshot by it. Staff and admins " +
        "count within their own facilities and name `areaCode`. " +
        `A partner system counts its own area (or a part of it) across every facility: the facilities it holds ` +
        `agreements with are listed, the rest summed as \`otherFacilities\`, and counts from 1 to ` +
        `${SMALL_COUNT_THRESHOLD - 1} are withheld as null, with complementary cells withheld too, so that no ` +
        "withheld count can be worked out from the rows, the totals and registered = detainees + convicts = " +
        "male + female, and no zero beside a withheld count tells what all of that group are.",
      tags: ["Statistics"],
      responses: {
        200: jsonContent("Counts of the area's residents", ResidentStatisticsSchema),
        ...errorResponses(400, 404, 409),
      },
    }),
    requirePermission("statistics:read"),
    query(ResidentCountsQuerySchema),
    async (c) => {
      const q = c.req.valid("query");
      const db = c.get("db");
      const p = c.get("principal");
      if (!p) throw authRequired();
      const areaCode = await areaFor(c, q.areaCode);
      const area = await findArea(db, areaCode);
      if (!area) throw notFound("Area");
      const on = q.on ?? dateInZone(c.get("now")(), "Asia/Jakarta");
      const partner = p.scope.kind === "partner";
      // Staff count within their own facilities; a partner counts every facility, most of them summed.
      const rows = await residentCountsByFacility(db, {
        areaCode,
        on,
        ...(partner ? {} : { viewer: p.scope }),
      });
      if (!partner)
        return c.json({
          areaCode,
          areaName: area.name,
          on,
          suppressedBelow: null,
          total: sumCounts(rows.map(countsOf)),
          facilities: rows,
          otherFacilities: null,
        });
      const shown: FacilityResidentCounts[] = [];
      const others: FacilityResidentCounts[] = [];
      const listed = await visibleAmong(
        db,
        "facility",
        p.scope,
        rows.map((row) => row.facilityId),
      );
      for (const row of rows) (listed.has(row.facilityId) ? shown : others).push(row);
      const otherCounts = sumCounts(others.map(countsOf));
      const table = {
        rows: [...shown.map(countsOf), ...(others.length > 0 ? [otherCounts] : [])],
        total: sumCounts(rows.map(countsOf)),
      };
      const safe = suppressCounts(table);
      return c.json({
        areaCode,
        areaName: area.name,
        on,
        suppressedBelow: SMALL_COUNT_THRESHOLD,
        total: safe.total,
        facilities: shown.map((f, i) => ({
          facilityId: f.facilityId,
          facilityName: f.facilityName,
          ...safe.rows[i],
          population:
            f.population === null
              ? null
              : {
                  ...f.population,
                  residents: isSmallCount(f.population.residents) ? null : f.population.residents,
                },
        })),
        otherFacilities: others.length > 0 ? (safe.rows[shown.length] ?? null) : null,
      });
    },
  );

  return r;
}
