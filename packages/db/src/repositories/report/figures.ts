import { type ReportScope, STANDARD_COOPERATION_FIELDS, type UnitFigures } from "@sinergi/domain";
import type { Executor } from "../../connection.ts";

/**
 * PLACEHOLDER (replaced by the SQL figures before this lands): the units of a scope's report for a
 * month, every count zero. The real one computes each figure family in SQL grouped by facility.
 * Units: the scope's facilities (ordered by name), then the own row of each regional office in scope,
 * then (national only) the directorate's row.
 */
export async function computeUnitFigures(
  db: Executor,
  period: string,
  scope: ReportScope,
): Promise<UnitFigures[]> {
  void period;
  let q = db
    .selectFrom("facilities")
    .select(["id", "name", "regionalOfficeId", "timeZone"])
    .orderBy("name")
    .orderBy("id");
  if (scope.kind === "facility") q = q.where("id", "=", scope.facilityId);
  if (scope.kind === "regional_office") q = q.where("regionalOfficeId", "=", scope.regionalOfficeId);
  const rows = await q.execute();
  return rows.map((f) => ({
    unit: {
      kind: "facility",
      id: f.id,
      name: f.name,
      regionalOfficeId: f.regionalOfficeId,
      timeZone: f.timeZone,
    },
    agreements: { activeAtEnd: 0, signed: 0, renewed: 0, terminated: 0, expired: 0, expiringNext90: 0 },
    coverage: Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((c) => [c, 0])) as UnitFigures["coverage"],
    actionPlan: { itemsInForce: 0, itemsDue: 0, itemsMet: 0 },
    engagements: { visits: 0, followUpsOverdueAtEnd: 0, followUpsDone: 0 },
    training: {
      cohortsRunning: 0,
      enrollments: 0,
      completions: 0,
      endedOtherwise: 0,
      certificatesIssued: 0,
      inmatesTrained: 0,
      population: 0,
    },
    domicile: [],
    licencesExpiring: [],
    outcomes: [],
  }));
}
