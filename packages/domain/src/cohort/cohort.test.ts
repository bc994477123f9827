import { describe, expect, it } from "vitest";
import { type Cohort, createCohort, type NewCohort, updateCohort } from "./cohort.ts";

const base: NewCohort = {
  programId: "p",
  facilityId: "f",
  name: "Barbershop Angkatan I",
  startDate: "2026-01-19",
  endDate: "2026-03-27",
  capacity: 16,
};
const planned = (): Cohort => {
  const r = createCohort("c1", base);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe("cohort", () => {
  it("plans a cohort with empty instructors and eligibility", () => {
    expect(planned()).toMatchObject({
      state: "planned",
      instructors: [],
      eligibility: {},
      place: null,
      plannedSessions: null,
    });
  });

  it("refuses an end before the start as cohort/invalid-dates on endDate, on create and update", () => {
    const r = createCohort("c1", { ...base, endDate: "2026-01-18" });
    expect(!r.ok && [r.error.code, r.error.field]).toEqual(["cohort/invalid-dates", "endDate"]);
    const u = updateCohort(planned(), { startDate: "2026-04-01" });
    expect(!u.ok && u.error.code).toBe("cohort/invalid-dates");
    expect(createCohort("c1", { ...base, endDate: base.startDate }).ok).toBe(true);
  });

  it("lets a planned cohort change anything", () => {
    const u = updateCohort(planned(), { programId: "p2", place: "Bengkel", plannedSessions: 20 });
    expect(u.ok && u.value).toMatchObject({ programId: "p2", place: "Bengkel", plannedSessions: 20 });
  });

  it("freezes program and facility once enrolment opens, and the start date once running", () => {
    const open = { ...planned(), state: "open" as const };
    const p = updateCohort(open, { programId: "p2" });
    expect(!p.ok && p.error.code).toBe("cohort/not-editable");
    expect(updateCohort(open, { startDate: "2026-01-20" }).ok).toBe(true);
    const running = { ...planned(), state: "running" as const };
    const s = updateCohort(running, { startDate: "2026-01-20" });
    expect(!s.ok && s.error.code).toBe("cohort/not-editable");
    const e = updateCohort(running, { endDate: "2026-04-30", capacity: 20 });
    expect(e.ok && e.value).toMatchObject({ endDate: "2026-04-30", capacity: 20 });
  });

  it("refuses any change to a completed or cancelled cohort as cohort/not-editable", () => {
    for (const state of ["completed", "cancelled"] as const) {
      const r = updateCohort({ ...planned(), state }, { name: "Renamed" });
      expect(!r.ok && r.error.code).toBe("cohort/not-editable");
    }
  });
});
