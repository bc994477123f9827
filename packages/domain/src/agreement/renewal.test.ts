import { describe, expect, it } from "vitest";
import { signAgreement } from "./lifecycle.ts";
import { renewAgreement, successorEndDate } from "./renewal.ts";
import { agreementStatus } from "./status.ts";
import { ctx, draftPks, ids, item, signCmd, signedPks, signingFacts, TODAY } from "./testing/fixtures.ts";

let n = 0;
const newItemId = () => `00000000-0000-4000-8000-0000000001${String(++n).padStart(2, "0")}`;

describe("renewal", () => {
  const plan = [
    item({ realisedAmount: 24, status: "done", evidence: [{ label: "laporan" }] }),
    item({ id: "00000000-0000-4000-8000-0000000000d2", status: "cancelled", activity: "dropped" }),
    item({ id: "00000000-0000-4000-8000-0000000000d3", dueDate: null, activity: "penyuluhan" }),
  ];

  it("drafts a successor starting the day after the end, for the same term, copying terms and plan", () => {
    const r = renewAgreement(signedPks(), plan, {}, { id: ids.successor, newItemId }, [], ctx());
    if (!r.ok) throw new Error(r.error.message);
    const s = r.value.entity;
    expect(s).toMatchObject({
      id: ids.successor,
      renewsId: ids.agreement,
      state: "draft",
      version: 1,
      kind: "pks",
      facilityId: ids.facility,
      partnerIds: [ids.partner],
      fields: ["health"],
      startDate: "2027-03-05",
      endDate: "2030-03-04",
      signedDocumentId: null,
      signedOn: null,
      signatories: signingFacts.signatories,
      facilityDocumentNumber: null,
      partnerDocumentNumber: null,
    });
    expect(r.value.history).toMatchObject({ from: null, to: "draft" });
    expect(r.value.actionItems).toHaveLength(2);
    expect(r.value.actionItems[0]).toMatchObject({
      agreementId: ids.successor,
      activity: plan[0]?.activity,
      target: { amount: 24, unit: "kunjungan" },
      dueDate: "2028-03-04",
      realisedAmount: 0,
      evidence: [],
      status: "planned",
    });
    expect(r.value.actionItems[1]?.dueDate).toBeNull();
  });

  it("takes given dates and title", () => {
    const r = renewAgreement(
      signedPks(),
      [],
      { startDate: "2027-01-01", endDate: "2028-12-31", title: "PKS II" },
      { id: ids.successor, newItemId },
      [],
      ctx(),
    );
    expect(r.ok && r.value.entity).toMatchObject({
      startDate: "2027-01-01",
      endDate: "2028-12-31",
      title: "PKS II",
    });
  });

  it("keeps an odd term in days and clamps a PKS to three years", () => {
    expect(successorEndDate({ startDate: "2024-01-01", endDate: "2024-01-11" }, "2024-01-12")).toBe(
      "2024-01-22",
    );
    const mouOld = signedPks({ startDate: "2020-01-01", endDate: "2024-01-01" });
    const r = renewAgreement(mouOld, [], {}, { id: ids.successor, newItemId }, [], ctx());
    // 4 years is too long for a PKS: the successor is cut to three, ending the day before its third anniversary.
    expect(r.ok && r.value.entity).toMatchObject({ startDate: "2024-01-02", endDate: "2027-01-01" });
  });

  it("renews a three-year PKS that started on 29 February for three years to the day", () => {
    const leap = signedPks({ startDate: "2024-02-29", endDate: "2027-02-28" });
    const r = renewAgreement(leap, [], {}, { id: ids.successor, newItemId }, [], ctx());
    expect(r.ok && r.value.entity).toMatchObject({ startDate: "2027-03-01", endDate: "2030-02-28" });
    const mou = signedPks({ kind: "mou", startDate: "2024-02-29", endDate: "2027-02-28" });
    const m = renewAgreement(mou, [], {}, { id: ids.successor, newItemId }, [], ctx());
    expect(m.ok && m.value.entity).toMatchObject({ startDate: "2027-03-01", endDate: "2030-02-28" });
  });

  it("renews a PKS ending on 29 February into a term ending on the last day of February", () => {
    const r = renewAgreement(
      signedPks({ startDate: "2021-03-01", endDate: "2024-02-29" }),
      [],
      {},
      { id: ids.successor, newItemId },
      [],
      ctx(),
    );
    expect(r.ok && r.value.entity).toMatchObject({ startDate: "2024-03-01", endDate: "2027-02-28" });
  });

  it("refuses to renew an unsigned agreement with agreement/not-renewable", () => {
    const r = renewAgreement(draftPks(), [], {}, { id: ids.successor, newItemId }, [], ctx());
    expect(!r.ok && r.error.code).toBe("agreement/not-renewable");
  });

  it("refuses a second live successor with agreement/already-renewed, but renews again after a withdrawal", () => {
    const r = renewAgreement(signedPks(), [], {}, { id: ids.successor, newItemId }, ["draft"], ctx());
    expect(!r.ok && r.error.code).toBe("agreement/already-renewed");
    expect(
      renewAgreement(signedPks(), [], {}, { id: ids.successor, newItemId }, ["withdrawn"], ctx()).ok,
    ).toBe(true);
  });

  it("refuses a successor that ends before it starts or starts before its predecessor", () => {
    const bad = renewAgreement(
      signedPks(),
      [],
      { endDate: "2027-01-01" },
      { id: ids.successor, newItemId },
      [],
      ctx(),
    );
    expect(!bad.ok && bad.error.code).toBe("agreement/invalid-dates");
    const early = renewAgreement(
      signedPks(),
      [],
      { startDate: "2020-01-01" },
      { id: ids.successor, newItemId },
      [],
      ctx(),
    );
    expect(!early.ok && early.error.field).toBe("startDate");
  });

  it("reads the predecessor as renewed once the successor is signed", () => {
    const r = renewAgreement(signedPks(), [], {}, { id: ids.successor, newItemId }, [], ctx());
    if (!r.ok) throw new Error(r.error.message);
    const { startDate: _s, endDate: _e, ...facts } = signCmd;
    const signed = signAgreement({ ...r.value.entity, state: "negotiating" }, facts, ctx(), TODAY);
    if (!signed.ok) throw new Error(signed.error.message);
    expect(agreementStatus(signedPks(), "2027-01-01", { state: signed.value.entity.state })).toBe("renewed");
  });
});
