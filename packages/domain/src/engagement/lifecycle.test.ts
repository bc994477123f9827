import { describe, expect, it } from "vitest";
import {
  allowedFollowUpMoves,
  completeFollowUp,
  dropFollowUp,
  type FollowUpCommand,
  moveFollowUp,
} from "./lifecycle.ts";
import { ctx, openOne } from "./testing/fixtures.ts";

describe("follow-up lifecycle", () => {
  it("marks an open follow-up done with a note, closing it and recording the move", () => {
    const r = completeFollowUp(openOne(), { note: " draf terkirim " }, ctx("2026-11-25T03:00:00.000Z"));
    expect(r.ok && r.value.entity).toMatchObject({
      status: "done",
      note: "draf terkirim",
      closedAt: "2026-11-25T03:00:00.000Z",
      dropReason: null,
    });
    expect(r.ok && r.value.history).toEqual({
      at: "2026-11-25T03:00:00.000Z",
      actor: "user-1",
      from: "open",
      to: "done",
      reason: "draf terkirim",
    });
  });

  it("marks done without a note", () => {
    const r = completeFollowUp(openOne(), {}, ctx());
    expect(r.ok && r.value.entity.note).toBeNull();
    expect(r.ok && "reason" in r.value.history).toBe(false);
  });

  it("drops an open follow-up with its reason", () => {
    const r = dropFollowUp(openOne(), { reason: "Pemkot menunda anggaran" }, ctx());
    expect(r.ok && r.value.entity).toMatchObject({
      status: "dropped",
      dropReason: "Pemkot menunda anggaran",
    });
    expect(r.ok && r.value.history).toMatchObject({
      from: "open",
      to: "dropped",
      reason: "Pemkot menunda anggaran",
    });
  });

  it("refuses to drop without a reason", () => {
    const r = dropFollowUp(openOne(), { reason: "   " }, ctx());
    expect(!r.ok && r.error).toMatchObject({ code: "follow-up/reason-required", field: "reason" });
  });

  it("refuses any move out of done or dropped", () => {
    for (const first of [
      { move: "done", body: {} },
      { move: "dropped", body: { reason: "batal" } },
    ] as FollowUpCommand[]) {
      const closed = moveFollowUp(openOne(), first, ctx());
      if (!closed.ok) throw new Error("first move failed");
      for (const again of [
        { move: "done", body: {} },
        { move: "dropped", body: { reason: "lagi" } },
      ] as FollowUpCommand[]) {
        const r = moveFollowUp(closed.value.entity, again, ctx());
        expect(!r.ok && r.error).toMatchObject({
          code: "follow-up/illegal-transition",
          detail: { from: first.move, move: again.move, allowed: [] },
        });
      }
    }
  });

  it("lists done and dropped as the moves from open and none from the final states", () => {
    expect(allowedFollowUpMoves("open")).toEqual(["done", "dropped"]);
    expect(allowedFollowUpMoves("done")).toEqual([]);
    expect(allowedFollowUpMoves("dropped")).toEqual([]);
  });
});
