import { describe, expect, it } from "vitest";
import { amendAgreement } from "./amendment.ts";
import { ctx, draftPks, signedPks } from "./testing/fixtures.ts";

const addendum = "00000000-0000-4000-8000-0000000000de";

describe("amendment", () => {
  it("bumps the version, applies the changes and hands back the prior version", () => {
    const a = signedPks();
    const r = amendAgreement(
      a,
      { reason: "perluasan bidang", signedDocumentId: addendum, fields: ["health", "social"] },
      ctx(),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entity).toMatchObject({
      version: 2,
      fields: ["health", "social"],
      signedDocumentId: addendum,
    });
    expect(r.value.prior).toEqual(a);
    expect(r.value.history).toMatchObject({
      from: "signed",
      to: "signed",
      reason: "addendum 2: perluasan bidang",
    });
  });

  it("refuses to amend an agreement that is not signed with agreement/not-amendable", () => {
    for (const state of ["draft", "negotiating", "terminated", "withdrawn"] as const) {
      const r = amendAgreement(draftPks({ state }), { reason: "x", signedDocumentId: addendum }, ctx());
      expect(!r.ok && r.error.code).toBe("agreement/not-amendable");
    }
  });

  it("refuses an amendment that stretches a PKS beyond three years", () => {
    const r = amendAgreement(
      signedPks(),
      { reason: "x", signedDocumentId: addendum, endDate: "2028-01-01" },
      ctx(),
    );
    expect(!r.ok && r.error.code).toBe("agreement/invalid-dates");
  });
});
