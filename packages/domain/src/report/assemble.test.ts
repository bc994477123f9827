import { describe, expect, it } from "vitest";
import { STANDARD_COOPERATION_FIELDS } from "../agreement/agreement.ts";
import { assembleReport, completionRate, realisationRate, shareTrained, sumUnits } from "./assemble.ts";
import type { UnitFigures } from "./figures.ts";

const unit = (id: string, n: number, areas: readonly [string, number][]): UnitFigures => ({
  unit: { kind: "facility", id, name: `Rutan ${id}`, regionalOfficeId: "k", timeZone: "Asia/Jakarta" },
  agreements: { activeAtEnd: n, signed: n, renewed: 0, terminated: 1, expired: 0, expiringNext90: n },
  coverage: {
    ...(Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((f) => [f, 0])) as UnitFigures["coverage"]),
    health: 1,
  },
  actionPlan: { itemsInForce: n, itemsDue: n, itemsMet: 1 },
  engagements: { visits: n, followUpsOverdueAtEnd: 0, followUpsDone: 2 },
  training: {
    cohortsRunning: 1,
    enrollments: n,
    completions: 2,
    endedOtherwise: 2,
    certificatesIssued: 1,
    inmatesTrained: n,
    population: 10 * n,
  },
  domicile: areas.map(([areaCode, inmates]) => ({ areaCode, inmates, trained: 1, certified: 0 })),
  licencesExpiring: [
    { licenceId: `l-${id}`, facilityId: id, type: "clinic", number: null, expiresOn: "2026-01-01" },
  ],
  outcomes: [],
});

describe("report assembly", () => {
  it("sums every count of its units and counts the units covering each field", () => {
    const t = sumUnits([
      unit("a", 3, [["12.71", 5]]),
      unit("b", 4, [
        ["12.71", 2],
        ["33.73", 1],
      ]),
    ]);
    expect(t.agreements.activeAtEnd).toBe(7);
    expect(t.agreements.terminated).toBe(2);
    expect(t.coverage.health).toBe(2);
    expect(t.coverage.trade).toBe(0);
    expect(t.training.population).toBe(70);
    expect(t.domicile).toEqual([
      { areaCode: "12.71", inmates: 7, trained: 2, certified: 0 },
      { areaCode: "33.73", inmates: 1, trained: 1, certified: 0 },
    ]);
    expect(t.licencesExpiring.map((l) => l.licenceId)).toEqual(["l-a", "l-b"]);
  });

  it("gives zeros for a report without units", () => {
    const r = assembleReport({ kind: "national" }, "2026-11", []);
    expect(r.totals.training.enrollments).toBe(0);
    expect(r.totals.domicile).toEqual([]);
  });

  it("derives rates from the summed counts, and none when there is nothing to divide by", () => {
    expect(completionRate({ completions: 3, endedOtherwise: 1 })).toBe(0.75);
    expect(completionRate({ completions: 0, endedOtherwise: 0 })).toBeNull();
    expect(shareTrained({ inmatesTrained: 5, population: 0 })).toBeNull();
    expect(realisationRate({ itemsInForce: 4, itemsDue: 2, itemsMet: 1 })).toBe(0.5);
  });
});
