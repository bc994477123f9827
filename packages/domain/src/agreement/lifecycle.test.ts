import { describe, expect, it } from "vitest";
import {
  allowedMoves,
  missingForSigning,
  negotiateAgreement,
  proposeAgreement,
  signAgreement,
  terminateAgreement,
  withdrawAgreement,
} from "./lifecycle.ts";
import { ctx, draftPks, signCmd, signedPks, signingFacts, TODAY } from "./testing/fixtures.ts";

describe("agreement lifecycle", () => {
  it("walks draft -> proposed -> negotiating -> signed, with one history entry per move", () => {
    const p = proposeAgreement(draftPks(), ctx("2024-01-01T00:00:00.000Z"));
    if (!p.ok) throw new Error(p.error.message);
    expect(p.value.history).toMatchObject({ from: "draft", to: "proposed" });
    const n = negotiateAgreement(p.value.entity, ctx("2024-02-01T00:00:00.000Z"));
    if (!n.ok) throw new Error(n.error.message);
    expect(n.value.history).toMatchObject({ from: "proposed", to: "negotiating" });
    const s = signAgreement(n.value.entity, signCmd, ctx("2024-03-05T02:00:00.000Z"), TODAY);
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.entity).toMatchObject({
      state: "signed",
      signedAt: "2024-03-05T02:00:00.000Z",
      signedOn: "2024-03-01",
      signedTime: null,
      ...signingFacts,
    });
    expect(s.value.history).toMatchObject({
      from: "negotiating",
      to: "signed",
      actor: "tester",
      reason: "signed on 2024-03-01",
    });
  });

  it("refuses to sign without a signed document, listing everything missing", () => {
    const r = signAgreement(
      draftPks({ state: "negotiating" }),
      { signedOn: TODAY, facilityDocumentNumber: "1" },
      ctx(),
      TODAY,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("agreement/not-signable");
    expect(r.error.detail?.missing).toEqual([
      "partnerDocumentNumber",
      "signatories.facility",
      "signatories.partner",
      "signedDocumentId",
      "startDate",
      "endDate",
    ]);
  });

  it("refuses to sign with signatories of one side only", () => {
    const facts = { ...signCmd, signatories: signingFacts.signatories.slice(0, 1) };
    const r = signAgreement(draftPks({ state: "negotiating" }), facts, ctx(), TODAY);
    expect(!r.ok && r.error.detail?.missing).toEqual(["signatories.partner"]);
  });

  it("refuses to sign a PKS running more than three years with agreement/invalid-dates", () => {
    const r = signAgreement(
      draftPks({ state: "negotiating" }),
      { ...signCmd, endDate: "2027-03-05" },
      ctx(),
      TODAY,
    );
    expect(!r.ok && r.error.code).toBe("agreement/invalid-dates");
  });

  it("terminates a signed agreement with reason and date, keeping the reason in history", () => {
    const r = terminateAgreement(signedPks(), { reason: "Dinas dilebur", date: "2025-06-30" }, ctx());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entity).toMatchObject({
      state: "terminated",
      terminatedOn: "2025-06-30",
      terminationReason: "Dinas dilebur",
    });
    expect(r.value.history).toMatchObject({ from: "signed", to: "terminated", reason: "Dinas dilebur" });
  });

  it("refuses a termination date after the end of the term", () => {
    const r = terminateAgreement(signedPks(), { reason: "x", date: "2027-03-05" }, ctx());
    expect(!r.ok && r.error.code).toBe("agreement/invalid-termination-date");
    expect(!r.ok && r.error.field).toBe("date");
  });

  it.each(["draft", "proposed", "negotiating"] as const)("withdraws a %s agreement", (state) => {
    const r = withdrawAgreement(draftPks({ state }), ctx(undefined, "partner declined"));
    expect(r.ok && r.value.history).toMatchObject({
      from: state,
      to: "withdrawn",
      reason: "partner declined",
    });
  });

  it.each([
    ["propose", "proposed", () => proposeAgreement(draftPks({ state: "proposed" }), ctx())],
    ["negotiate", "draft", () => negotiateAgreement(draftPks(), ctx())],
    [
      "sign",
      "proposed",
      () => signAgreement(draftPks({ state: "proposed", ...signingFacts }), signCmd, ctx(), TODAY),
    ],
    [
      "terminate",
      "negotiating",
      () =>
        terminateAgreement(draftPks({ state: "negotiating" }), { reason: "x", date: "2024-01-01" }, ctx()),
    ],
    ["withdraw", "signed", () => withdrawAgreement(signedPks(), ctx())],
    ["withdraw", "terminated", () => withdrawAgreement(signedPks({ state: "terminated" }), ctx())],
    ["propose", "withdrawn", () => proposeAgreement(draftPks({ state: "withdrawn" }), ctx())],
  ])("refuses to %s a %s agreement with agreement/illegal-transition", (move, from, run) => {
    const r = run();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("agreement/illegal-transition");
    expect(r.error.detail).toMatchObject({ from, move });
  });

  it("lists the moves allowed from each state", () => {
    expect(allowedMoves("draft")).toEqual(["propose", "withdraw"]);
    expect(allowedMoves("signed")).toEqual(["terminate"]);
    expect(allowedMoves("terminated")).toEqual([]);
  });

  it("reports nothing missing for a complete agreement", () => {
    expect(missingForSigning(signedPks())).toEqual([]);
  });
});
