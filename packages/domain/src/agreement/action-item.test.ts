import { describe, expect, it } from "vitest";
import {
  createActionItem,
  moveActionItem,
  planRealisation,
  realisationShare,
  recordRealisation,
  updateActionItem,
} from "./action-item.ts";
import { ctx, ids, item } from "./testing/fixtures.ts";

const input = { activity: "Kejar Paket A/B/C", field: "education", target: { amount: 30, unit: "orang" } };

describe("action items", () => {
  it("adds a planned activity to the plan of an unsigned agreement", () => {
    const r = createActionItem("00000000-0000-4000-8000-0000000000d9", ids.agreement, "negotiating", input);
    expect(r.ok && r.value).toMatchObject({
      status: "planned",
      realisedAmount: 0,
      dueDate: null,
      evidence: [],
    });
  });

  it("refuses to change the plan of a signed agreement with action-item/not-editable", () => {
    expect(createActionItem("x", ids.agreement, "signed", input)).toMatchObject({
      ok: false,
      error: { code: "action-item/not-editable" },
    });
    expect(updateActionItem(item(), "signed", { activity: "x" })).toMatchObject({
      ok: false,
      error: { code: "action-item/not-editable" },
    });
  });

  it("edits an activity and clears its due date", () => {
    const r = updateActionItem(item(), "draft", { dueDate: null, target: { amount: 12, unit: "kunjungan" } });
    expect(r.ok && r.value).toMatchObject({ dueDate: null, target: { amount: 12 } });
  });

  it("records realisations, appending evidence and moving to in_progress then done", () => {
    const first = recordRealisation(item(), "signed", { amount: 10, evidence: [{ label: "foto" }] }, ctx());
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.entity).toMatchObject({ realisedAmount: 10, status: "in_progress" });
    expect(first.value.history).toMatchObject({ from: "planned", to: "in_progress" });
    const second = recordRealisation(first.value.entity, "signed", { amount: 14 }, ctx());
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.entity).toMatchObject({
      realisedAmount: 24,
      status: "done",
      evidence: [{ label: "foto" }],
    });
    const more = recordRealisation(second.value.entity, "signed", { amount: 1 }, ctx());
    expect(more.ok && more.value.history).toBeNull();
  });

  it("refuses realisations under an unsigned agreement and on a cancelled item", () => {
    expect(recordRealisation(item(), "negotiating", { amount: 1 }, ctx())).toMatchObject({
      ok: false,
      error: { code: "action-item/not-realisable" },
    });
    expect(recordRealisation(item({ status: "cancelled" }), "signed", { amount: 1 }, ctx())).toMatchObject({
      ok: false,
      error: { code: "action-item/illegal-transition" },
    });
  });

  it("completes or cancels an open item by hand, and refuses to move a closed one", () => {
    expect(moveActionItem(item(), "complete", ctx())).toMatchObject({
      ok: true,
      value: { entity: { status: "done" } },
    });
    expect(moveActionItem(item({ status: "in_progress" }), "cancel", ctx())).toMatchObject({
      ok: true,
      value: { entity: { status: "cancelled" }, history: { from: "in_progress", to: "cancelled" } },
    });
    expect(moveActionItem(item({ status: "done" }), "cancel", ctx())).toMatchObject({
      ok: false,
      error: { code: "action-item/illegal-transition" },
    });
  });

  it("computes the realisation share, capped at 1, and the plan's mean without cancelled items", () => {
    expect(realisationShare(item({ realisedAmount: 6 }))).toBe(0.25);
    expect(realisationShare(item({ realisedAmount: 48 }))).toBe(1);
    expect(
      planRealisation([
        item({ realisedAmount: 24 }),
        item({ realisedAmount: 0 }),
        item({ status: "cancelled" }),
      ]),
    ).toBe(0.5);
    expect(planRealisation([])).toBeNull();
  });
});
