import { rolePermissions } from "@sinergi/domain";
import { api, unwrap } from "../../api/client.ts";
import type { User } from "../../auth/session.ts";
import { facilitiesQuery } from "../lookups.ts";
import { fetchReport } from "../reports/queries.ts";

// The home page's reads, as its cards make them and as its route's preload asks for them beside the
// page's script (on a slow link the page would otherwise wait for its script, then for each read).

/** The first agreements of the scope to end among those in their last 90 days (the card lists a few). */
export const expiringAgreementsQuery = {
  queryKey: ["agreements", "expiring", "first"],
  queryFn: async () =>
    unwrap(
      await api.GET("/api/v1/agreements", {
        params: { query: { status: "expiring", sort: "endDate", limit: 8 } },
      }),
    ).items,
};

/** How many agreements of the scope end within 7, 30 and 90 days, counted by the API over all of them. */
export const endingSoonCountsQuery = {
  queryKey: ["agreements", "ending-soon"],
  queryFn: async () => unwrap(await api.GET("/api/v1/agreements/ending-soon")),
};

/** Follow-ups past their due date, the most overdue first. */
export const overdueFollowUpsQuery = {
  queryKey: ["follow-ups", "overdue"],
  queryFn: async () =>
    unwrap(
      await api.GET("/api/v1/follow-ups", {
        params: { query: { overdue: "true", sort: "dueDate", limit: 50 } },
      }),
    ),
};

/** Granted licences ending within 90 days of each facility's own today, across the scope. */
export const expiringLicencesQuery = {
  queryKey: ["licences", "expiring"],
  queryFn: async () =>
    unwrap(
      await api.GET("/api/v1/licences", {
        params: { query: { status: "granted", expiresWithinDays: "90", sort: "expiresOn", limit: 100 } },
      }),
    ).items,
};

/** Whether the coverage matrix shows one row per Kanwil: a national user's view until a Kanwil is chosen. */
export const coverageByOffice = (user: User, kanwil: string | undefined): boolean =>
  user.scope.kind === "national" && !kanwil;

/**
 * The coverage matrix: a national user's first view is one row per Kanwil, a chosen Kanwil (`?kanwil=`)
 * its facilities, anyone else the facilities of their scope. Under "agreements", so whatever refreshes
 * agreements after a change refreshes it too.
 */
export function coverageQuery(user: User, kanwil: string | undefined) {
  const byOffice = coverageByOffice(user, kanwil);
  return {
    queryKey: ["agreements", "coverage", byOffice ? "by-office" : (kanwil ?? "facilities")],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/coverage", {
          params: {
            query: byOffice ? { groupBy: "regionalOffice" } : kanwil ? { regionalOfficeId: kanwil } : {},
          },
        }),
      ),
  };
}

/** The list filter that picks the reports of the user's own scope. */
function ownScope(user: User) {
  switch (user.scope.kind) {
    case "facility":
      return { facilityId: user.scope.facilityId };
    case "regional":
      return { regionalOfficeId: user.scope.regionalOfficeId };
    default:
      return { scopeKind: "national" as const };
  }
}

/** The latest report of the user's own scope, with its figures (or none yet). */
export function latestReportQuery(user: User) {
  return {
    queryKey: ["reports", "latest", JSON.stringify(ownScope(user))],
    queryFn: async () => {
      const first = unwrap(
        await api.GET("/api/v1/reports", { params: { query: { ...ownScope(user), limit: 1 } } }),
      ).items[0];
      // Wrapped: the query view hands its children an object, never null.
      if (!first) return { report: null };
      return { report: await fetchReport(first.id) };
    },
  };
}

/** Every read the home page will make for this user, as far as their role lets them make it. */
export function homeQueries(user: User, kanwil: string | undefined) {
  const can = rolePermissions(user.role);
  return [
    // The expiring agreements name their facilities from the facilities lookup.
    ...(can.has("agreements:read")
      ? [endingSoonCountsQuery, expiringAgreementsQuery, facilitiesQuery, coverageQuery(user, kanwil)]
      : []),
    ...(can.has("engagements:read") ? [overdueFollowUpsQuery] : []),
    ...(can.has("reports:read") ? [latestReportQuery(user)] : []),
    expiringLicencesQuery,
  ];
}
