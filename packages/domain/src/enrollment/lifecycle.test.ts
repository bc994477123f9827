import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { attendanceShare, ENROLLMENT_FINAL_STATES, type Enrollment } from "./enrollment.ts";
import {
  assessEnrollment,
  type CohortFacts,
  completeEnrollment,
  endEnrollment,
  recordAttendance,
} from "./lifecycle.ts";

const ctx = { actor: "staff", at: "2026-02-28T08:00:00.000Z" };
const running: CohortFacts = {
  state: "running",
  startDate: "2026-02-02",
  endDate: "2026-02-06",
  plannedSessions: 5,
  minAttendanceShare: 0.8,
  certified: true,
  competencyUnits: [
    { code: "I.56PAR00.001.2", title: "Menerapkan K3" },
    { code: "I.56PAR00.002.2", title: "Memangkas rambut pria" },
  ],
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
const days = ["2026-02-02", "2026-02-03", "2026-02-04", "2026-02-05", "2026-02-06"];
const competent = {
  units: [
    { code: "I.56PAR00.001.2", result: "competent" as const },
    { code: "I.56PAR00.002.2", result: "competent" as const },
  ],
  assessor: "Asesor LSP",
  assessedOn: "2026-02-06",
};

describe("enrollment moves", () => {
  it("completes with 4 of 5 sessions and a competent assessment", () => {
    const att = recordAttendance(
      base,
      running,
      days.map((d, i) => ({ sessionDate: d, present: i !== 2 })),
    );
    expect(att.ok).toBe(true);
    if (!att.ok) return;
    expect(attendanceShare(att.value, 5)).toBe(0.8);
    const assessed = assessEnrollment(att.value, running, competent);
    expect(assessed.ok).toBe(true);
    if (!assessed.ok) return;
    const done = completeEnrollment(assessed.value.entity, running, ctx);
    expect(done.ok && done.value.entity.state).toBe("completed");
    expect(done.ok && done.value.history).toMatchObject({ from: "enrolled", to: "completed" });
  });

  it("counts unrecorded planned sessions as absences and refuses completion below the minimum", () => {
    const att = recordAttendance(
      base,
      running,
      days.slice(0, 3).map((d) => ({ sessionDate: d, present: true })),
    );
    if (!att.ok) throw new Error("attendance refused");
    const assessed = assessEnrollment(att.value, running, competent);
    if (!assessed.ok) throw new Error("assessment refused");
    const r = completeEnrollment(assessed.value.entity, running, ctx);
    expect(r.ok ? null : r.error.code).toBe("enrollment/attendance-below-minimum");
  });

  it("needs an assessment to complete a certified program, not an uncertified one", () => {
    const present = days.map((d) => ({ sessionDate: d, present: true }));
    const e = { ...base, attendance: present };
    const r = completeEnrollment(e, running, ctx);
    expect(r.ok ? null : r.error.code).toBe("enrollment/assessment-required");
    expect(completeEnrollment(e, { ...running, certified: false }, ctx).ok).toBe(true);
  });

  it("takes attendance only while running and within the cohort's dates; assessment also at completion", () => {
    const open = { ...running, state: "open" as const };
    const r1 = recordAttendance(base, open, [{ sessionDate: days[0]!, present: true }]);
    expect(r1.ok ? null : r1.error.code).toBe("enrollment/cohort-not-running");
    const r2 = recordAttendance(base, running, [{ sessionDate: "2026-03-01", present: true }]);
    expect(r2.ok ? null : r2.error).toMatchObject({
      code: "enrollment/session-outside-cohort",
      field: "sessions.0.sessionDate",
    });
    expect(assessEnrollment(base, open, competent).ok).toBe(false);
    expect(assessEnrollment(base, { ...running, state: "completed" }, competent).ok).toBe(true);
  });

  it("ends early only with a reason, and never moves a finished enrollment", () => {
    const r = endEnrollment(base, "withdraw", " ", ctx);
    expect(r.ok ? null : r.error.code).toBe("enrollment/reason-required");
    const released = endEnrollment(base, "release", "bebas bersyarat", ctx);
    expect(released.ok && released.value.entity).toMatchObject({
      state: "released",
      endReason: "bebas bersyarat",
    });
    if (!released.ok) return;
    const again = endEnrollment(released.value.entity, "withdraw", "x", ctx);
    expect(again.ok ? null : again.error.code).toBe("enrollment/illegal-transition");
  });

  const step = fc.oneof(
    fc.record({
      kind: fc.constant("attend" as const),
      day: fc.integer({ min: 0, max: 4 }),
      present: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("assess" as const), competent: fc.boolean() }),
    fc.record({ kind: fc.constant("complete" as const) }),
    fc.record({
      kind: fc.constantFrom("end" as const),
      move: fc.constantFrom("withdraw" as const, "transfer" as const, "release" as const),
    }),
  );

  test.prop([fc.array(step, { maxLength: 25 })])(
    "never leaves a final state, and completes only with enough attendance and an assessment",
    (steps) => {
      let e = base;
      for (const s of steps) {
        const wasFinal = ENROLLMENT_FINAL_STATES.includes(e.state);
        let next: Enrollment | undefined;
        if (s.kind === "attend") {
          const r = recordAttendance(e, running, [{ sessionDate: days[s.day]!, present: s.present }]);
          next = r.ok ? r.value : undefined;
        } else if (s.kind === "assess") {
          const result = s.competent ? ("competent" as const) : ("not_yet_competent" as const);
          const r = assessEnrollment(e, running, {
            ...competent,
            units: competent.units.map((u) => ({ ...u, result })),
          });
          next = r.ok ? r.value.entity : undefined;
        } else if (s.kind === "complete") {
          const r = completeEnrollment(e, running, ctx);
          if (r.ok) {
            expect(attendanceShare(e, running.plannedSessions)).toBeGreaterThanOrEqual(
              running.minAttendanceShare,
            );
            expect(e.assessment).not.toBeNull();
          }
          next = r.ok ? r.value.entity : undefined;
        } else {
          const r = endEnrollment(e, s.move, "reason", ctx);
          next = r.ok ? r.value.entity : undefined;
        }
        if (wasFinal) expect(next).toBeUndefined();
        if (next) e = next;
      }
    },
  );
});
