import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays } from "../shared/dates.ts";
import { ENROLLMENT_FINAL_STATES, type Enrollment } from "./enrollment.ts";
import {
  assessEnrollment,
  type CohortFacts,
  completeEnrollment,
  ENDING_MOVES,
  endEnrollment,
  recordAttendance,
} from "./lifecycle.ts";

const cohortStates = ["planned", "open", "running", "completed", "cancelled"] as const;
const base: Enrollment = {
  id: "e1",
  cohortId: "c1",
  inmateId: "i1",
  state: "enrolled",
  attendance: [],
  assessment: null,
  endReason: null,
};
const ctx = { actor: "staff", at: "2026-03-01T00:00:00.000Z" };
const step = fc.record({
  cohortState: fc.constantFrom(...cohortStates),
  kind: fc.constantFrom("attend", "assess", "complete", "end"),
  day: fc.integer({ min: -2, max: 12 }),
  present: fc.boolean(),
  competent: fc.boolean(),
  move: fc.constantFrom(...ENDING_MOVES),
  reason: fc.constantFrom("", "  ", "pindah ke Lapas lain"),
});
const factsArb = fc.record({
  plannedSessions: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  minAttendanceShare: fc.constantFrom(0, 0.5, 0.8, 1),
  certified: fc.boolean(),
});

describe("enrollment moves over any sequence, with the cohort in any state", () => {
  test.prop([factsArb, fc.array(step, { maxLength: 30 })])(
    "attendance only while running and within dates, assessment only while running or completed, " +
      "completion only with enough attendance, early ends only with a reason, and a final state is final",
    (f, steps) => {
      let e = base;
      for (const s of steps) {
        const cohort: CohortFacts = {
          ...f,
          competencyUnits: f.certified ? [{ code: "I.56PAR00.001.2", title: "Memangkas rambut" }] : [],
          state: s.cohortState,
          startDate: "2026-02-02",
          endDate: "2026-02-11",
        };
        const wasFinal = ENROLLMENT_FINAL_STATES.includes(e.state);
        const sessionDate = addDays("2026-02-02", s.day);
        let next: Enrollment | undefined;
        switch (s.kind) {
          case "attend": {
            const r = recordAttendance(e, cohort, [{ sessionDate, present: s.present }]);
            if (r.ok) {
              expect(s.cohortState).toBe("running");
              expect(sessionDate >= cohort.startDate && sessionDate <= cohort.endDate).toBe(true);
              expect(r.value.attendance.filter((a) => a.sessionDate === sessionDate)).toEqual([
                { sessionDate, present: s.present },
              ]);
            }
            next = r.ok ? r.value : undefined;
            break;
          }
          case "assess": {
            const result = s.competent ? ("competent" as const) : ("not_yet_competent" as const);
            const judged = f.certified ? { units: [{ code: "I.56PAR00.001.2", result }] } : { result };
            const r = assessEnrollment(e, cohort, {
              ...judged,
              assessor: "Asesor",
              assessedOn: "2026-02-11",
            });
            if (r.ok) {
              expect(["running", "completed"]).toContain(s.cohortState);
              expect(r.value.entity.assessment?.result).toBe(result);
              expect(r.value.record.result).toBe(result);
            }
            next = r.ok ? r.value.entity : undefined;
            break;
          }
          case "complete": {
            const r = completeEnrollment(e, cohort, ctx);
            if (r.ok) {
              expect(["running", "completed"]).toContain(s.cohortState);
              const present = e.attendance.filter((a) => a.present).length;
              const denominator = Math.max(e.attendance.length, f.plannedSessions ?? 0);
              expect(denominator === 0 ? 0 : present / denominator).toBeGreaterThanOrEqual(
                f.minAttendanceShare,
              );
              if (f.certified) expect(e.assessment).not.toBeNull();
              expect(r.value.history).toMatchObject({ from: "enrolled", to: "completed" });
            }
            next = r.ok ? r.value.entity : undefined;
            break;
          }
          case "end": {
            const r = endEnrollment(e, s.move, s.reason, ctx);
            if (r.ok) expect(r.value.entity.endReason?.trim()).not.toBe("");
            else if (!wasFinal) expect(r.error.code).toBe("enrollment/reason-required");
            next = r.ok ? r.value.entity : undefined;
            break;
          }
          default:
            throw new Error("unknown step");
        }
        if (wasFinal) expect(next).toBeUndefined();
        if (next) e = next;
        // Ended early exactly when a reason is stored.
        expect(["withdrawn", "transferred", "released"].includes(e.state)).toBe(e.endReason !== null);
      }
    },
  );
});
