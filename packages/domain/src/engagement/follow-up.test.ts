import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { dateInZone } from "../shared/dates.ts";
import { isOverdue, openFollowUp, updateFollowUp } from "./follow-up.ts";
import { completeFollowUp, dropFollowUp } from "./lifecycle.ts";
import { CreateFollowUpSchema, DropFollowUpSchema, UpdateFollowUpSchema } from "./schemas.ts";
import { ctx, openOne } from "./testing/fixtures.ts";

describe("opening a follow-up", () => {
  it("starts open with a history entry from nothing", () => {
    const r = openFollowUp(
      "f1",
      "e1",
      "2026-11-20",
      { text: "Kirim", ownerName: "Budi", dueDate: "2026-11-20" },
      ctx(),
    );
    expect(r.ok && r.value.entity).toMatchObject({
      status: "open",
      closedAt: null,
      note: null,
      dropReason: null,
    });
    expect(r.ok && r.value.history).toMatchObject({ from: null, to: "open", actor: "user-1" });
  });

  it("refuses a due date before the engagement, naming the field within a batch", () => {
    const input = { text: "Kirim", ownerName: "Budi", dueDate: "2026-11-19" };
    const alone = openFollowUp("f1", "e1", "2026-11-20", input, ctx());
    expect(!alone.ok && alone.error).toMatchObject({
      code: "follow-up/due-before-engagement",
      field: "dueDate",
    });
    const batch = openFollowUp("f1", "e1", "2026-11-20", input, ctx(), "followUps.1");
    expect(!batch.ok && batch.error.field).toBe("followUps.1.dueDate");
  });
});

describe("editing a follow-up", () => {
  it("changes text, owner and due date while open", () => {
    const r = updateFollowUp(openOne(), { ownerName: "Sari", dueDate: "2026-12-15" }, "2026-11-20");
    expect(r.ok && r.value).toMatchObject({
      ownerName: "Sari",
      dueDate: "2026-12-15",
      text: "Kirim draf PKS",
    });
  });

  it("refuses an edit of a done or dropped follow-up", () => {
    const done = completeFollowUp(openOne(), {}, ctx());
    const dropped = dropFollowUp(openOne(), { reason: "tidak relevan" }, ctx());
    for (const r of [done, dropped]) {
      if (!r.ok) throw new Error("move failed");
      const e = updateFollowUp(r.value.entity, { text: "x" }, "2026-11-20");
      expect(!e.ok && e.error.code).toBe("follow-up/not-editable");
    }
  });

  it("refuses a due date before the engagement", () => {
    const r = updateFollowUp(openOne(), { dueDate: "2026-11-01" }, "2026-11-20");
    expect(!r.ok && r.error).toMatchObject({ code: "follow-up/due-before-engagement", field: "dueDate" });
  });
});

describe("overdue", () => {
  it("is open with a due date strictly before today", () => {
    const f = openOne();
    expect(isOverdue(f, "2026-12-01")).toBe(false);
    expect(isOverdue(f, "2026-12-02")).toBe(true);
    const done = completeFollowUp(f, {}, ctx());
    expect(done.ok && isOverdue(done.value.entity, "2027-01-01")).toBe(false);
  });

  it("turns on at midnight in the facility's own time zone", () => {
    // 2026-12-01T16:30Z is 23:30 on the 1st in Jakarta but already the 2nd in Jayapura.
    const at = "2026-12-01T16:30:00.000Z";
    expect(isOverdue(openOne(), dateInZone(at, "Asia/Jakarta"))).toBe(false);
    expect(isOverdue(openOne(), dateInZone(at, "Asia/Jayapura"))).toBe(true);
  });
});

describe("follow-up schemas", () => {
  it("rejects impossible dates, empty owners and unknown fields", () => {
    const bad = v.safeParse(CreateFollowUpSchema, {
      text: "x",
      ownerName: "  ",
      dueDate: "2023-02-30",
      status: "done",
    });
    expect((bad.issues ?? []).map((i) => v.getDotPath(i)).sort()).toEqual(["dueDate", "ownerName", "status"]);
    expect(v.safeParse(UpdateFollowUpSchema, { status: "done" }).success).toBe(false);
    expect(v.safeParse(DropFollowUpSchema, {}).success).toBe(false);
  });
});
