import { endingSoonCounts } from "@sinergi/db";
import { EndingSoonCountsSchema } from "@sinergi/domain";
import type { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { requirePermission } from "../../access/enforce.ts";
import { viewerOf } from "../../access/scope.ts";
import type { AppEnv } from "../../context.ts";
import { errorResponses, jsonContent } from "../../http/openapi.ts";
import { tags } from "./present.ts";

/** GET /agreements/ending-soon: how many agreements in scope end within 7, 30 and 90 days. */
export function endingSoonRoute(r: Hono<AppEnv>): void {
  r.get(
    "/agreements/ending-soon",
    describeRoute({
      operationId: "countAgreementsEndingSoon",
      summary: "Count the agreements in scope ending within 7, 30 and 90 days",
      description:
        "Agreements with status `expiring` today, each counted from today in its own time zone, over every " +
        "agreement the caller may read (the list with `status=expiring` gives them one page at a time).",
      tags,
      responses: { 200: jsonContent("The counts", EndingSoonCountsSchema), ...errorResponses(400) },
    }),
    requirePermission("agreements:read"),
    async (c) => c.json(await endingSoonCounts(c.get("db"), { viewer: viewerOf(c), at: c.get("now")() })),
  );
}
