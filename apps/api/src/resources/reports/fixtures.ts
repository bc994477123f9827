import { computeUnitFigures, type Executor, insertFirstReport } from "@sinergi/db";
import {
  assembleReport,
  type ReportContent,
  type ReportScope,
  STANDARD_COOPERATION_FIELDS,
  type UnitFigures,
} from "@sinergi/domain";

const AT = "2026-12-01T00:05:00.000Z";

/** Stores revision 1 of a report with the figures of today's SQL; returns its id. */
export async function storeComputedReport(db: Executor, scope: ReportScope, period: string): Promise<string> {
  const content = assembleReport(scope, period, await computeUnitFigures(db, period, scope));
  return storeReport(db, content);
}

/** Stores revision 1 of a report with the given content; returns its id. */
export async function storeReport(db: Executor, content: ReportContent): Promise<string> {
  const id = crypto.randomUUID();
  await insertFirstReport(db, { id, content, madeAt: AT, dataCutOff: AT, madeBy: "worker:test" });
  return id;
}

/** A facility's figures with every family non-zero, for checking that each format says the same. */
export function handBuiltUnit(
  facility: { id: string; name: string; regionalOfficeId: string },
  agreementId: string,
): UnitFigures {
  return {
    unit: { kind: "facility", ...facility, timeZone: "Asia/Jakarta" },
    agreements: { activeAtEnd: 12, signed: 3, renewed: 1, terminated: 2, expired: 1, expiringNext90: 4 },
    coverage: Object.fromEntries(
      STANDARD_COOPERATION_FIELDS.map((f, i) => [f, i % 2]),
    ) as UnitFigures["coverage"],
    actionPlan: { itemsInForce: 9, itemsDue: 8, itemsMet: 6 },
    engagements: { visits: 7, followUpsOverdueAtEnd: 2, followUpsDone: 5 },
    training: {
      cohortsRunning: 3,
      enrollments: 45,
      completions: 30,
      endedOtherwise: 5,
      certificatesIssued: 27,
      inmatesTrained: 44,
      population: 880,
    },
    domicile: [
      { areaCode: "33.73", inmates: 40, trained: 12, certified: 3 },
      { areaCode: "33.73.01", inmates: 9, trained: 6, certified: 6 },
      { areaCode: "63.07", inmates: 31, trained: 8, certified: 2 },
    ],
    licencesExpiring: [
      {
        licenceId: crypto.randomUUID(),
        facilityId: facility.id,
        type: "clinic",
        number: "KLN/7/2024",
        expiresOn: "2027-01-15",
      },
    ],
    outcomes: [
      {
        agreementId,
        title: "PKS Pelatihan Barista",
        cohortsFunded: 2,
        enrolled: 25,
        completed: 20,
        certified: 3,
      },
      {
        agreementId: crypto.randomUUID(),
        title: "PKS Lain",
        cohortsFunded: 1,
        enrolled: 10,
        completed: 9,
        certified: 9,
      },
    ],
  };
}
