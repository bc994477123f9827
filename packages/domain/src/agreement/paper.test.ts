import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "../shared/dates.ts";
import { adjustRealisation } from "./action-item.ts";
import { amendPlan } from "./addendum-plan.ts";
import { draftAgreement } from "./agreement.ts";
import {
  RECORDED_AFTER_THE_FACT,
  recordSignedAgreement,
  signAgreement,
  terminateAgreement,
} from "./lifecycle.ts";
import { agreementStatus, inForceOn } from "./status.ts";
import { ctx, draftPks, ids, item, signCmd, signedPks, TODAY } from "./testing/fixtures.ts";

const negotiating = () => draftPks({ state: "negotiating" });

describe("signing on the day written on the paper", () => {
  it("records the local signing day and time, apart from when Sinergi recorded it", () => {
    const r = signAgreement(
      negotiating(),
      { ...signCmd, signedTime: "10:30" },
      ctx("2024-03-05T02:00:00.000Z"),
      TODAY,
    );
    expect(r.ok && r.value.entity).toMatchObject({
      signedOn: "2024-03-01",
      signedTime: "10:30",
      signedAt: "2024-03-05T02:00:00.000Z",
    });
    expect(r.ok && r.value.history.reason).toBe("signed on 2024-03-01 10:30");
  });

  it("accepts today and refuses tomorrow with agreement/invalid-signing-date", () => {
    expect(signAgreement(negotiating(), { ...signCmd, signedOn: TODAY }, ctx(), TODAY).ok).toBe(true);
    const r = signAgreement(negotiating(), { ...signCmd, signedOn: addDays(TODAY, 1) }, ctx(), TODAY);
    expect(!r.ok && r.error).toMatchObject({ code: "agreement/invalid-signing-date", field: "signedOn" });
  });

  it("needs a signatory who signs on each side: a witness (mengetahui) alone is not enough", () => {
    const witness = {
      name: "Bupati",
      position: "Bupati HST",
      side: "partner" as const,
      role: "witnesses" as const,
    };
    const facts = {
      ...signCmd,
      signatories: [signCmd.signatories[0], witness].filter((s) => s !== undefined),
    };
    const r = signAgreement(negotiating(), facts, ctx(), TODAY);
    expect(!r.ok && r.error.detail?.missing).toEqual(["signatories.partner"]);
  });

  test.prop([fc.integer({ min: -4000, max: 4000 })])("refuses exactly the days after today", (offset) => {
    const signedOn = addDays(TODAY, offset);
    const r = signAgreement(negotiating(), { ...signCmd, signedOn }, ctx(), TODAY);
    expect(r.ok).toBe(offset <= 0);
  });
});

describe("recording an agreement already signed", () => {
  const draft = () => {
    const d = draftAgreement(
      ids.agreement,
      { kind: "pks", title: "PKS", facilityId: ids.facility, partnerIds: [ids.partner] },
      ctx(),
    );
    if (!d.ok) throw new Error(d.error.message);
    return d.value.entity;
  };

  it("signs in one step, its only history entry saying it was recorded after the fact", () => {
    const r = recordSignedAgreement(draft(), { ...signCmd, signedTime: "09:00" }, ctx(), TODAY);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entity).toMatchObject({ state: "signed", signedOn: "2024-03-01", signedTime: "09:00" });
    expect(r.value.history).toMatchObject({ from: null, to: "signed" });
    expect(r.value.history.reason).toBe(`${RECORDED_AFTER_THE_FACT}: signed on 2024-03-01 09:00`);
  });

  it("refuses what signing refuses: a missing fact, a future day, a PKS over three years", () => {
    const { signedDocumentId: _d, ...noDoc } = signCmd;
    expect(recordSignedAgreement(draft(), noDoc, ctx(), TODAY)).toMatchObject({
      ok: false,
      error: { code: "agreement/not-signable" },
    });
    expect(
      recordSignedAgreement(draft(), { ...signCmd, signedOn: "2024-03-06" }, ctx(), TODAY),
    ).toMatchObject({
      ok: false,
      error: { code: "agreement/invalid-signing-date" },
    });
    expect(recordSignedAgreement(draft(), { ...signCmd, endDate: "2027-03-05" }, ctx(), TODAY)).toMatchObject(
      {
        ok: false,
        error: { code: "agreement/invalid-dates" },
      },
    );
  });
});

describe("termination dates", () => {
  it("refuses a termination before the start, or before the signing day", () => {
    const early = terminateAgreement(signedPks(), { reason: "x", date: "2024-03-04" }, ctx());
    expect(!early.ok && early.error).toMatchObject({
      code: "agreement/invalid-termination-date",
      field: "date",
    });
    const beforeSigning = signedPks({ startDate: "2024-01-01", signedOn: "2024-03-01" });
    const r = terminateAgreement(beforeSigning, { reason: "x", date: "2024-02-29" }, ctx());
    expect(!r.ok && r.error.code).toBe("agreement/invalid-termination-date");
  });

  it("accepts a termination on the start day and on the end day", () => {
    expect(terminateAgreement(signedPks(), { reason: "x", date: "2024-03-05" }, ctx()).ok).toBe(true);
    expect(terminateAgreement(signedPks(), { reason: "x", date: "2027-03-04" }, ctx()).ok).toBe(true);
  });

  it("keeps an agreement terminated with a future date in force until then", () => {
    const t = signedPks({ state: "terminated", terminatedOn: "2025-07-01", terminationReason: "x" });
    expect(agreementStatus(t, "2025-01-01")).toBe("active");
    expect(agreementStatus(t, "2025-06-30")).toBe("expiring");
    expect(agreementStatus(t, "2025-07-01")).toBe("terminated");
    expect(agreementStatus(t, "2024-03-01")).toBe("upcoming");
  });

  const day = fc.integer({ min: 0, max: 1094 }).map((n) => addDays("2024-03-05", n));
  test.prop([day, fc.integer({ min: -30, max: 1200 }).map((n) => addDays("2024-03-05", n))])(
    "a terminated agreement reads terminated exactly when it is no longer in force after its start",
    (stops, today) => {
      const t = signedPks({ state: "terminated", terminatedOn: stops, terminationReason: "x" });
      const status = agreementStatus(t, today);
      if (today < "2024-03-05") expect(status).toBe("upcoming");
      else expect(status === "terminated").toBe(!inForceOn(t, today) && today >= stops);
    },
  );
});

describe("an addendum's changes to the action plan", () => {
  const plan = [
    item(),
    item({ id: "00000000-0000-4000-8000-0000000000d2", realisedAmount: 5, status: "in_progress" }),
    item({ id: "00000000-0000-4000-8000-0000000000d3", status: "done", realisedAmount: 24 }),
  ];
  let n = 0;
  const newItemId = () => `00000000-0000-4000-8000-0000000002${String(++n).padStart(2, "0")}`;
  const ids2 = { agreementId: ids.agreement, newItemId, version: 2 };

  it("adds, changes and ends items, keeping realised work and naming the addendum", () => {
    const r = amendPlan(
      plan,
      {
        add: [{ activity: "Senam sehat", field: "health", target: { amount: 12, unit: "kali" } }],
        change: [{ id: plan[1]?.id ?? "", target: { amount: 5, unit: "kunjungan" } }],
        end: [plan[0]?.id ?? ""],
      },
      ids2,
      ctx(),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.added[0]).toMatchObject({ activity: "Senam sehat", status: "planned", realisedAmount: 0 });
    expect(r.value.changed[0]).toMatchObject({ realisedAmount: 5, status: "done", target: { amount: 5 } });
    expect(r.value.ended[0]?.entity.status).toBe("cancelled");
    expect(r.value.ended[0]?.history).toMatchObject({
      from: "planned",
      to: "cancelled",
      reason: "ended by addendum 2",
    });
  });

  it.each([
    ["an item of another plan", { end: ["00000000-0000-4000-8000-0000000009ff"] }, "actionItems.end.0"],
    ["a done item", { end: [plan[2]?.id ?? ""] }, "actionItems.end.0"],
    ["an item twice", { change: [{ id: plan[0]?.id ?? "" }], end: [plan[0]?.id ?? ""] }, "actionItems.end.0"],
  ])("refuses to change or end %s with agreement/invalid-plan-change", (_l, changes, field) => {
    const r = amendPlan(plan, changes, ids2, ctx());
    expect(!r.ok && r.error).toMatchObject({ code: "agreement/invalid-plan-change", field });
  });
});

describe("correcting a realisation", () => {
  const done = item({ realisedAmount: 24, status: "done", evidence: [{ label: "laporan" }] });

  it("keeps the earlier amount, the reason and the evidence in the adjustment, appending the evidence", () => {
    const r = adjustRealisation(
      done,
      "signed",
      { realisedAmount: 20, reason: "4 kunjungan tercatat ganda", evidence: [{ label: "rekap ulang" }] },
      "00000000-0000-4000-8000-0000000003a1",
      ctx(),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.adjustment).toMatchObject({
      previousAmount: 24,
      realisedAmount: 20,
      reason: "4 kunjungan tercatat ganda",
    });
    expect(r.value.entity.evidence).toEqual([{ label: "laporan" }, { label: "rekap ulang" }]);
    expect(r.value.entity.status).toBe("done");
  });

  it("re-reads the status from a corrected amount of an open item", () => {
    const open = item({ realisedAmount: 10, status: "in_progress" });
    const up = adjustRealisation(open, "signed", { realisedAmount: 24, reason: "x" }, "a", ctx());
    expect(up.ok && up.value.entity.status).toBe("done");
    const zero = adjustRealisation(open, "signed", { realisedAmount: 0, reason: "x" }, "a", ctx());
    expect(zero.ok && zero.value.history).toMatchObject({ from: "in_progress", to: "planned" });
  });

  it.each([
    ["under an unsigned agreement", item(), "negotiating" as const, 3],
    ["of a cancelled item", item({ status: "cancelled" }), "signed" as const, 3],
    ["that changes nothing", item({ realisedAmount: 3, status: "in_progress" }), "signed" as const, 3],
  ])("refuses a correction %s with action-item/not-adjustable", (_l, it0, state, amount) => {
    const r = adjustRealisation(it0, state, { realisedAmount: amount, reason: "x" }, "a", ctx());
    expect(!r.ok && r.error.code).toBe("action-item/not-adjustable");
  });
});
