/** How the API load bench finds its scenarios through the API, and the facility whose admin it signs in. */
import type { openDatabase } from "@sinergi/db";
import { get } from "./api-load-measure.ts";
import type { Child } from "./api-load-procs.ts";
import { LIMIT, type Resource, type ScenarioSpec } from "./api-load-scenarios.ts";

const RESOURCES: readonly Resource[] = ["agreements", "inmates", "enrollments"];

/** The facility with the most inmates (the heaviest facility admin). */
export async function largestFacility(db: Awaited<ReturnType<typeof openDatabase>>["db"]) {
  const row = await db
    .selectFrom("inmates")
    .innerJoin("facilities", "facilities.id", "inmates.facilityId")
    .select(["facilities.id", "facilities.name", (eb) => eb.fn.countAll<string>().as("n")])
    .groupBy(["facilities.id", "facilities.name"])
    .orderBy("n", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name };
}

/** The scenarios of one principal, found through the API: GET by id, page 1, and the deep page. */
export async function discover(
  api: Child,
  principal: "session" | "key",
  headers: Record<string, string>,
  deep: number,
) {
  const found: ScenarioSpec[] = [];
  for (const resource of RESOURCES) {
    const first = `/api/v1/${resource}?limit=${LIMIT}`;
    const r = await get(api.url + first, headers);
    if (r.status !== 200) throw new Error(`GET ${first} as ${principal} answered ${r.status}`);
    const body = JSON.parse(r.body.toString()) as { items: { id: string }[]; nextCursor: string | null };
    const id = body.items[0]?.id;
    if (id === undefined) throw new Error(`no ${resource} visible to the ${principal}`);
    const who = principal === "session" ? "facility admin" : "API key";
    found.push({
      name: `${resource} by id (${who})`,
      resource,
      shape: "get",
      page: 1,
      principal,
      path: `/api/v1/${resource}/${id}`,
      id,
    });
    found.push({
      name: `${resource} page 1 (${who})`,
      resource,
      shape: "list",
      page: 1,
      principal,
      path: first,
    });
    let cursor = body.nextCursor;
    let page = 1;
    let path = first;
    while (cursor !== null && page < deep) {
      path = `${first}&cursor=${encodeURIComponent(cursor)}`;
      page += 1;
      const next = await get(api.url + path, headers);
      if (next.status !== 200) throw new Error(`page ${page} of ${resource} answered ${next.status}`);
      const nb = JSON.parse(next.body.toString()) as { nextCursor: string | null };
      if (nb.nextCursor === null || page === deep) {
        found.push({
          name: `${resource} page ${page} (${who})`,
          resource,
          shape: "list",
          page,
          principal,
          path,
          cursor,
        });
        break;
      }
      cursor = nb.nextCursor;
    }
  }
  return found;
}
