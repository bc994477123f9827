import { describe, expect, it } from "vitest";
import { type Cohort, createCohort } from "./cohort.ts";
import {
  allowedCohortMoves,
  cancelCohort,
  completeCohort,
  moveCohort,
  openCohort,
  startCohort,
} from "./lifecycle.ts";

const ctx = { actor: "u1", at: "2026-01-05T02:00:00.000Z" };
const planned = (): Cohort => {
  const r = createCohort("c1", {
    programId: "p",
    facilityId: "f",
    name: "Roti I",
    startDate: "2026-01-19",
    endDate: "2026-03-27",
    capacity: 16,
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const run = (c: Cohort, ...moves: ("open" | "start" | "complete")[]) =>
  moves.reduce((cur, m) => {
    const r = moveCohort(cur, m, ctx);
    if (!r.ok) throw new Error(r.error.code);
    return r.value.entity;
  }, c);

describe("cohort lifecycle", () => {
  it("goes planned -> open -> running -> completed with a history entry per move", () => {
    const opened = openCohort(planned(), ctx);
    expect(opened.ok && opened.value.history).toEqual({ ...ctx, from: "planned", to: "open" });
    const started = opened.ok ? startCohort(opened.value.entity, ctx) : opened;
    expect(started.ok && started.value.entity.state).toBe("running");
    const done = started.ok ? completeCohort(started.value.entity, { ...ctx, reason: "selesai" }) : started;
    expect(done.ok && done.value.history).toMatchObject({
      from: "running",
      to: "completed",
      reason: "selesai",
    });
  });

  it("cancels from planned, open and running with a reason", () => {
    for (const c of [planned(), run(planned(), "open"), run(planned(), "open", "start")]) {
      const r = cancelCohort(c, { ...ctx, reason: "instruktur berhalangan" });
      expect(r.ok && r.value.history).toMatchObject({ from: c.state, to: "cancelled" });
    }
  });

  it("refuses to cancel without a reason as cohort/reason-required", () => {
    const r = cancelCohort(planned(), ctx);
    expect(!r.ok && [r.error.code, r.error.field]).toEqual(["cohort/reason-required", "reason"]);
    const blank = cancelCohort(planned(), { ...ctx, reason: "  " });
    expect(!blank.ok && blank.error.code).toBe("cohort/reason-required");
  });

  it("refuses skipping or leaving a final state as cohort/illegal-transition with the allowed moves", () => {
    const start = startCohort(planned(), ctx);
    expect(!start.ok && start.error).toMatchObject({
      code: "cohort/illegal-transition",
      detail: { from: "planned", move: "start", allowed: ["open", "cancel"] },
    });
    expect(completeCohort(run(planned(), "open"), ctx).ok).toBe(false);
    const done = run(planned(), "open", "start", "complete");
    expect(allowedCohortMoves("completed")).toEqual([]);
    const reopen = openCohort(done, ctx);
    expect(!reopen.ok && reopen.error.code).toBe("cohort/illegal-transition");
    const cancel = cancelCohort(done, { ...ctx, reason: "x" });
    expect(!cancel.ok && cancel.error.code).toBe("cohort/illegal-transition");
  });
});
