import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type AssessCommand, type Enrollment, overallResult } from "./enrollment.ts";
import { assessEnrollment, type CohortFacts } from "./lifecycle.ts";

const UNITS = [
  { code: "C.10ROT00.001.1", title: "Menerapkan keamanan pangan" },
  { code: "C.10ROT00.002.1", title: "Membuat adonan roti" },
  { code: "C.10ROT00.003.1", title: "Memanggang roti" },
];
const cohort: CohortFacts = {
  state: "running",
  startDate: "2026-02-02",
  endDate: "2026-03-31",
  plannedSessions: 10,
  minAttendanceShare: 0.8,
  certified: true,
  competencyUnits: UNITS,
};
const base: Enrollment = {
  id: "e1",
  cohortId: "c1",
  inmateId: "i1",
  state: "enrolled",
  attendance: [],
  assessment: null,
  endReason: null,
};
const on = (assessedOn: string, units: AssessCommand["units"]): AssessCommand => ({
  assessor: "Asesor LSP",
  assessedOn,
  units,
});
const K = "competent" as const;
const BK = "not_yet_competent" as const;

describe("assessment per competency unit", () => {
  it("is competent when every unit is, and not yet competent when one unit is not", () => {
    const all = assessEnrollment(
      base,
      cohort,
      on(
        "2026-03-30",
        UNITS.map((u) => ({ code: u.code, result: K })),
      ),
    );
    expect(all.ok && all.value.entity.assessment?.result).toBe(K);
    const one = assessEnrollment(
      base,
      cohort,
      on(
        "2026-03-30",
        UNITS.map((u, i) => ({ code: u.code, result: i === 1 ? BK : K })),
      ),
    );
    expect(one.ok && one.value.entity.assessment?.result).toBe(BK);
    expect(one.ok && one.value.record).toMatchObject({ result: BK, assessedOn: "2026-03-30" });
  });

  it("counts a unit never assessed as not yet competent", () => {
    const r = assessEnrollment(base, cohort, on("2026-03-30", [{ code: UNITS[0]!.code, result: K }]));
    expect(r.ok && r.value.entity.assessment).toMatchObject({
      result: BK,
      units: [
        { code: UNITS[0]!.code, result: K, assessedOn: "2026-03-30" },
        { code: UNITS[1]!.code, result: null, assessedOn: null },
        { code: UNITS[2]!.code, result: null, assessedOn: null },
      ],
    });
  });

  it("re-assesses only the unit not yet competent, keeping the others' earlier results and dates", () => {
    const first = assessEnrollment(
      base,
      cohort,
      on(
        "2026-03-20",
        UNITS.map((u, i) => ({ code: u.code, result: i === 2 ? BK : K })),
      ),
    );
    if (!first.ok) throw new Error("first assessment refused");
    const again = assessEnrollment(
      first.value.entity,
      cohort,
      on("2026-03-30", [{ code: UNITS[2]!.code, result: K }]),
    );
    expect(again.ok && again.value.entity.assessment).toMatchObject({
      result: K,
      assessedOn: "2026-03-30",
      units: [
        { code: UNITS[0]!.code, result: K, assessedOn: "2026-03-20" },
        { code: UNITS[1]!.code, result: K, assessedOn: "2026-03-20" },
        { code: UNITS[2]!.code, result: K, assessedOn: "2026-03-30" },
      ],
    });
    // The record of the re-assessment holds only what it judged; the first stays as it was.
    expect(again.ok && again.value.record.units).toEqual([{ code: UNITS[2]!.code, result: K }]);
    expect(first.value.record.units).toHaveLength(3);
  });

  it("refuses an assessment of a certified program without units, with an overall result, or naming a unit outside the scheme", () => {
    const code = (cmd: AssessCommand) => {
      const r = assessEnrollment(base, cohort, cmd);
      return r.ok ? "ok" : [r.error.code, r.error.field];
    };
    expect(code({ assessor: "A", assessedOn: "2026-03-30" })).toEqual(["enrollment/units-required", "units"]);
    expect(code({ assessor: "A", assessedOn: "2026-03-30", units: [] })).toEqual([
      "enrollment/units-required",
      "units",
    ]);
    expect(code({ ...on("2026-03-30", [{ code: UNITS[0]!.code, result: K }]), result: K })).toEqual([
      "enrollment/result-from-units",
      "result",
    ]);
    expect(
      code(
        on("2026-03-30", [
          { code: UNITS[0]!.code, result: K },
          { code: "C.10ROT00.009.1", result: K },
        ]),
      ),
    ).toEqual(["enrollment/unknown-unit", "units.1.code"]);
  });

  it("assesses a program without units as a whole, and refuses units for it", () => {
    const plain = { ...cohort, certified: false, competencyUnits: [] };
    const r = assessEnrollment(base, plain, { assessor: "A", assessedOn: "2026-03-30", result: K });
    expect(r.ok && r.value.entity.assessment).toMatchObject({ result: K, units: [] });
    const none = assessEnrollment(base, plain, { assessor: "A", assessedOn: "2026-03-30" });
    expect(none.ok ? null : none.error.code).toBe("enrollment/result-required");
    const units = assessEnrollment(base, plain, on("2026-03-30", [{ code: UNITS[0]!.code, result: K }]));
    expect(units.ok ? null : units.error.code).toBe("enrollment/unknown-unit");
  });

  it("reads the overall result against the scheme as it is now: a unit added later is not yet competent", () => {
    const r = assessEnrollment(
      base,
      cohort,
      on(
        "2026-03-30",
        UNITS.map((u) => ({ code: u.code, result: K })),
      ),
    );
    if (!r.ok) throw new Error("refused");
    const a = r.value.entity.assessment;
    expect(overallResult(a, UNITS)).toBe(K);
    expect(overallResult(a, [...UNITS, { code: "C.10ROT00.004.1", title: "Mengemas roti" }])).toBe(BK);
    expect(overallResult(null, UNITS)).toBeNull();
  });

  // Unit codes and results drawn on their own; the model is a plain "last result given per code" table.
  const round = fc.array(
    fc.record({ unit: fc.integer({ min: 0, max: UNITS.length - 1 }), competent: fc.boolean() }),
    { minLength: 1, maxLength: 5 },
  );
  test.prop([fc.array(round, { minLength: 1, maxLength: 8 })])(
    "after any assessments and re-assessments each unit shows the last result given for it, and the " +
      "enrollment is competent exactly when every unit's last result is competent",
    (rounds) => {
      let e = base;
      const last: Record<string, string> = {};
      let recorded = 0;
      for (const [n, picks] of rounds.entries()) {
        const judged = new Map<string, typeof K | typeof BK>();
        for (const p of picks) judged.set(UNITS[p.unit]!.code, p.competent ? K : BK);
        const units = [...judged].map(([code, result]) => ({ code, result }));
        const r = assessEnrollment(e, cohort, on(`2026-03-${String(10 + n).padStart(2, "0")}`, units));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        recorded += 1;
        for (const u of units) last[u.code] = u.result;
        expect(r.value.record.units).toEqual(units);
        e = r.value.entity;
      }
      expect(recorded).toBe(rounds.length);
      for (const u of e.assessment?.units ?? []) expect(u.result).toBe(last[u.code] ?? null);
      const every = UNITS.every((u) => last[u.code] === K);
      expect(e.assessment?.result).toBe(every ? K : BK);
      expect(overallResult(e.assessment, UNITS)).toBe(every ? K : BK);
    },
  );
});
