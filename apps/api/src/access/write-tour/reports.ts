import { randomUUID } from "node:crypto";
import { storeComputedReport } from "../../resources/reports/fixtures.ts";
import { create, type Scenario } from "./kit.ts";
import { v1, type World } from "./world.ts";

let months = 0;
/** A month no earlier prepare used, so each stores a fresh revision 1. */
const freshPeriod = () => {
  const n = months++;
  return `${2001 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
};

/** The write tour's scenarios for reports and alerts: a regenerate and a read mark each create a record. */
export const reportScenarios: Record<string, Scenario> = {
  "POST /api/v1/reports/:id/regenerate": create(
    "report",
    (id) => `/reports/${id}`,
    async (w: World, at) => {
      const id = await storeComputedReport(
        w.t.db,
        { kind: "facility", facilityId: at.facilityId },
        freshPeriod(),
      );
      return { url: `${v1}/reports/${id}/regenerate`, body: {}, row: { table: "reports", id } };
    },
    { foreignTarget: true },
  ),
  "POST /api/v1/alerts/:id/read": create(
    "alert",
    () => "/alerts",
    async (w: World, at) => {
      const id = randomUUID();
      await w.t.db
        .insertInto("alerts")
        .values({
          id,
          onceKey: `tour:${id}`,
          kind: "licence_expiring",
          facilityId: at.facilityId,
          regionalOfficeId: at.regionalOfficeId,
          raisedAt: new Date().toISOString(),
        })
        .execute();
      return { url: `${v1}/alerts/${id}/read`, body: {}, row: { table: "alerts", id } };
    },
    { foreignTarget: true },
  ),
};
