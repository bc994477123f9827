import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { recordEngagement, updateEngagement } from "./engagement.ts";
import { CreateEngagementSchema, UpdateEngagementSchema } from "./schemas.ts";
import { audience } from "./testing/fixtures.ts";

const P1 = "33333333-3333-4333-8333-333333333333";
const P2 = "55555555-5555-4555-8555-555555555555";

describe("recording an engagement", () => {
  it("fills defaults for place, attendees, summary and outcomes", () => {
    const r = recordEngagement("e1", {
      facilityId: "f1",
      partnerIds: [P1],
      kind: "coordination",
      date: "2026-11-20",
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: "e1",
        facilityId: "f1",
        partnerIds: [P1],
        kind: "coordination",
        date: "2026-11-20",
        place: null,
        attendees: [],
        summary: "",
        outcomes: [],
      },
    });
  });

  it("refuses a partner listed twice, naming the second position", () => {
    const r = recordEngagement("e1", {
      facilityId: "f1",
      partnerIds: [P1, P2, P1.toUpperCase()],
      kind: "audience",
      date: "2026-11-20",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("engagement/duplicate-partner");
      expect(r.error.field).toBe("partnerIds.2");
    }
  });
});

describe("editing an engagement", () => {
  it("changes only the given fields and clears the place with null", () => {
    const r = updateEngagement(audience(), { kind: "monitoring", place: null, partnerIds: [P1, P2] });
    expect(r.ok && r.value).toMatchObject({
      kind: "monitoring",
      place: null,
      partnerIds: [P1, P2],
      date: "2026-11-20",
    });
  });

  it("refuses duplicate partners in an edit", () => {
    const r = updateEngagement(audience(), { partnerIds: [P2, P2] });
    expect(!r.ok && r.error.code).toBe("engagement/duplicate-partner");
  });

  it("refuses to move the date past a follow-up's due date", () => {
    const r = updateEngagement(audience(), { date: "2026-12-05" }, ["2026-12-10", "2026-12-01"]);
    expect(!r.ok && r.error).toMatchObject({ code: "engagement/follow-up-before-engagement", field: "date" });
    expect(updateEngagement(audience(), { date: "2026-12-01" }, ["2026-12-01"]).ok).toBe(true);
  });
});

describe("engagement schemas", () => {
  const valid = { facilityId: P1, partnerIds: [P2], kind: "audience", date: "2026-11-20" };

  it("accepts a minimal engagement and one with initial follow-ups", () => {
    expect(v.safeParse(CreateEngagementSchema, valid).success).toBe(true);
    const withFollowUps = {
      ...valid,
      attendees: [{ name: "Budi", role: "Kepala Rutan", side: "facility" }],
      outcomes: ["Dukungan Pemkot"],
      followUps: [{ text: "Kirim draf", ownerName: "Budi", dueDate: "2026-12-01" }],
    };
    expect(v.safeParse(CreateEngagementSchema, withFollowUps).success).toBe(true);
  });

  it("rejects unknown fields, impossible dates, unknown kinds, no partners and a bad attendee side", () => {
    const bad = v.safeParse(CreateEngagementSchema, {
      ...valid,
      date: "2023-02-30",
      kind: "party",
      partnerIds: [],
      attendees: [{ name: "X", role: "Y", side: "press" }],
      extra: 1,
    });
    expect(bad.success).toBe(false);
    const paths = (bad.issues ?? []).map((i) => v.getDotPath(i)).sort();
    expect(paths).toEqual(["attendees.0.side", "date", "extra", "kind", "partnerIds"]);
  });

  it("does not let an edit move the engagement to another facility", () => {
    expect(v.safeParse(UpdateEngagementSchema, { facilityId: P1 }).success).toBe(false);
  });
});
