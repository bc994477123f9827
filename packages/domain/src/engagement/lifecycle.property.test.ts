import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { FOLLOW_UP_STATES, type FollowUp, type FollowUpState, updateFollowUp } from "./follow-up.ts";
import { type FollowUpCommand, moveFollowUp } from "./lifecycle.ts";
import { ctx, openOne } from "./testing/fixtures.ts";

const command: fc.Arbitrary<FollowUpCommand | { move: "edit"; text: string }> = fc.oneof(
  fc.option(fc.string({ maxLength: 20 }), { nil: undefined }).map((note) => ({
    move: "done" as const,
    body: note === undefined ? {} : { note },
  })),
  fc.string({ maxLength: 20 }).map((reason) => ({ move: "dropped" as const, body: { reason } })),
  fc.string({ minLength: 1, maxLength: 20 }).map((text) => ({ move: "edit" as const, text })),
);

describe("follow-up lifecycle properties", () => {
  test.prop([fc.array(command, { maxLength: 30 })])(
    "no sequence of moves leaves done or dropped or reaches a state other than the three",
    (commands) => {
      let f: FollowUp = openOne();
      let final: FollowUp | undefined;
      const seen: FollowUpState[] = ["open"];
      for (const [i, cmd] of commands.entries()) {
        const at = new Date(Date.UTC(2026, 10, 23, 0, i)).toISOString();
        if (cmd.move === "edit") {
          const r = updateFollowUp(f, { text: cmd.text }, "2026-11-20");
          expect(r.ok).toBe(f.status === "open");
          if (r.ok) f = r.value;
        } else {
          const r = moveFollowUp(f, cmd, ctx(at));
          if (r.ok) {
            expect(r.value.history.from).toBe(f.status);
            expect(r.value.history.to).toBe(r.value.entity.status);
            f = r.value.entity;
          } else {
            expect(["follow-up/illegal-transition", "follow-up/reason-required"]).toContain(r.error.code);
          }
        }
        expect(FOLLOW_UP_STATES).toContain(f.status);
        seen.push(f.status);
        if (final) expect(f).toEqual(final);
        else if (f.status !== "open") final = f;
        // closedAt and dropReason agree with the state at every step.
        expect(f.closedAt === null).toBe(f.status === "open");
        expect(f.dropReason !== null).toBe(f.status === "dropped");
        if (f.status !== "done") expect(f.note).toBeNull();
      }
      // The visited states read open* then at most one final state repeated.
      const firstClosed = seen.findIndex((s) => s !== "open");
      if (firstClosed >= 0) expect(new Set(seen.slice(firstClosed)).size).toBe(1);
    },
  );
});
