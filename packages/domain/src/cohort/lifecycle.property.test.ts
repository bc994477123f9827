import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { HistoryEntry } from "../shared/history.ts";
import { type Cohort, type CohortState, createCohort } from "./cohort.ts";
import { COHORT_FINAL_STATES, COHORT_MOVES, COHORT_TRANSITIONS, moveCohort } from "./lifecycle.ts";

const start = (): Cohort => {
  const r = createCohort("c1", {
    programId: "p",
    facilityId: "f",
    name: "Tempe I",
    startDate: "2026-01-19",
    endDate: "2026-03-27",
    capacity: 16,
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

const step = fc.record({
  move: fc.constantFrom(...COHORT_MOVES),
  reason: fc.option(fc.constantFrom("alasan", " ", "dibatalkan"), { nil: undefined }),
});

describe("cohort lifecycle properties", () => {
  test.prop([fc.array(step, { maxLength: 30 })])(
    "no sequence of moves leaves a final state, skips a state, or breaks the history chain",
    (steps) => {
      let cohort = start();
      const history: HistoryEntry<CohortState>[] = [];
      for (const [i, s] of steps.entries()) {
        const ctx = {
          actor: "u",
          at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
          ...(s.reason === undefined ? {} : { reason: s.reason }),
        };
        const before = cohort.state;
        const r = moveCohort(cohort, s.move, ctx);
        const legal = COHORT_TRANSITIONS[s.move].from.includes(before);
        if (!r.ok) {
          expect(
            !legal || (s.move === "cancel" && !s.reason?.trim()),
            `${s.move} from ${before} refused`,
          ).toBe(true);
          continue;
        }
        expect(legal).toBe(true);
        expect(COHORT_FINAL_STATES).not.toContain(before);
        expect(r.value.entity.state).toBe(COHORT_TRANSITIONS[s.move].to);
        history.push(r.value.history);
        cohort = r.value.entity;
      }
      // The chain starts at planned and each move leaves from where the previous one arrived.
      for (const [i, h] of history.entries()) expect(h.from).toBe(i === 0 ? "planned" : history[i - 1]?.to);
      if (cohort.state === "completed")
        expect(history.map((h) => h.to)).toEqual(["open", "running", "completed"]);
      expect(history.filter((h) => COHORT_FINAL_STATES.includes(h.to)).length).toBeLessThanOrEqual(1);
    },
  );
});
