import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { STANDARD_COOPERATION_FIELDS } from "../agreement/agreement.ts";
import { isSmallCount } from "../statistics/residents.ts";
import { assembleReport } from "./assemble.ts";
import type { AgreementOutcome, DomicileFigures, UnitFigures } from "./figures.ts";
import { partnerView } from "./partner-view.ts";

const unit = (domicile: DomicileFigures[], outcomes: AgreementOutcome[]): UnitFigures => ({
  unit: { kind: "facility", id: "f", name: "Rutan Medan", regionalOfficeId: "k", timeZone: "Asia/Jakarta" },
  agreements: { activeAtEnd: 7, signed: 2, renewed: 0, terminated: 1, expired: 0, expiringNext90: 1 },
  coverage: Object.fromEntries(STANDARD_COOPERATION_FIELDS.map((f) => [f, 1])) as UnitFigures["coverage"],
  actionPlan: { itemsInForce: 3, itemsDue: 2, itemsMet: 1 },
  engagements: { visits: 4, followUpsOverdueAtEnd: 1, followUpsDone: 2 },
  training: {
    cohortsRunning: 2,
    enrollments: 30,
    completions: 20,
    endedOtherwise: 2,
    certificatesIssued: 18,
    inmatesTrained: 30,
    population: 900,
  },
  domicile,
  licencesExpiring: [],
  outcomes,
});

const outcome = (agreementId: string, enrolled: number, completed: number, certified: number) => ({
  agreementId,
  title: `PKS ${agreementId}`,
  cohortsFunded: 1,
  enrolled,
  completed,
  certified,
});

const content = assembleReport({ kind: "facility", facilityId: "f" }, "2026-11", [
  unit(
    [
      { areaCode: "12.71", inmates: 40, trained: 12, certified: 3 },
      { areaCode: "12.71.05", inmates: 9, trained: 6, certified: 6 },
      { areaCode: "12.12", inmates: 30, trained: 9, certified: 2 },
      { areaCode: "33.73", inmates: 2, trained: 1, certified: 1 },
    ],
    [outcome("a-1", 25, 20, 18), outcome("a-2", 12, 10, 2), outcome("z-9", 3, 3, 1)],
  ),
]);

describe("a partner's view of a report", () => {
  it("keeps only the domicile rows of its areas, child areas included, and its agreements' outcomes", () => {
    const view = partnerView(content, { areaCodes: ["12.71"], agreementIds: ["a-1", "A-2"] });
    expect(view.domicile.map((d) => d.areaCode)).toEqual(["12.71", "12.71.05"]);
    expect(view.outcomes.map((o) => o.agreementId)).toEqual(["a-1", "a-2"]);
    expect(view.period).toBe("2026-11");
    expect(view.suppressedBelow).toBe(5);
    expect(JSON.stringify(view)).not.toMatch(/Rutan|population|visits|coverage/);
  });

  it("withholds counts of 1 to 4 and a complement, so the total gives none away", () => {
    const view = partnerView(content, { areaCodes: ["12.71"], agreementIds: [] });
    const [city, district] = view.domicile;
    expect(city?.certified).toBeNull();
    // 3 certified in the city and 6 in the district: shown 6 with the total 9 would give the 3 away.
    expect(district?.certified === null || view.domicileTotal.certified === null).toBe(true);
    expect(city?.inmates).toBe(40);
    expect(view.domicileTotal.inmates).toBe(49);
  });

  it("withholds small counts of people trained under an agreement, keeping the cohorts it funded", () => {
    const view = partnerView(content, { areaCodes: [], agreementIds: ["a-2"] });
    expect(view.outcomes).toEqual([
      {
        agreementId: "a-2",
        title: "PKS a-2",
        cohortsFunded: 1,
        enrolled: 12,
        completed: 10,
        certified: null,
      },
    ]);
    expect(view.domicile).toEqual([]);
    expect(view.domicileTotal).toEqual({ inmates: 0, trained: 0, certified: 0 });
  });

  const row = fc.record({
    inmates: fc.integer({ min: 0, max: 30 }),
    trained: fc.integer({ min: 0, max: 30 }),
    certified: fc.integer({ min: 0, max: 30 }),
  });

  test.prop([fc.array(row, { minLength: 1, maxLength: 5 })])(
    "never shows a small count, shows every other count as it is, and never leaves one hidden cell alone in a column",
    (rows) => {
      const domicile = rows.map((r, i) => ({ areaCode: `12.71.${String(i + 10)}`, ...r }));
      const view = partnerView(assembleReport({ kind: "national" }, "2026-11", [unit(domicile, [])]), {
        areaCodes: ["12.71"],
        agreementIds: [],
      });
      for (const m of ["inmates", "trained", "certified"] as const) {
        const column = [...view.domicile.map((d) => d[m]), view.domicileTotal[m]];
        const truth = [...rows.map((r) => r[m]), rows.reduce((s, r) => s + r[m], 0)];
        column.forEach((shown, i) => {
          if (shown !== null) expect(shown).toBe(truth[i]);
          else expect(truth[i]).toBeGreaterThanOrEqual(0);
          expect(shown !== null && isSmallCount(shown)).toBe(false);
        });
        expect(column.filter((c) => c === null).length).not.toBe(1);
      }
    },
  );
});
