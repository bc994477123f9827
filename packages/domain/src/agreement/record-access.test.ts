import { describe, expect, it } from "vitest";
import { updateAgreement } from "./agreement.ts";
import { areaContains, checkRecordAccess, grantCovers } from "./record-access.ts";
import { draftPks } from "./testing/fixtures.ts";

describe("record access granted by an agreement", () => {
  it("lets only a PKS grant access to inmate records", () => {
    expect(
      checkRecordAccess({ kind: "pks", recordAccess: { covers: "participants", personalData: false } }),
    ).toBe(undefined);
    expect(checkRecordAccess({ kind: "mou", recordAccess: null })).toBe(undefined);
    expect(
      checkRecordAccess({ kind: "mou", recordAccess: { covers: "area_residents", personalData: true } }),
    ).toMatchObject({ code: "agreement/invalid-record-access", field: "recordAccess" });
  });

  it("keeps the clause through an edit and refuses it on an MoU", () => {
    const grant = { covers: "area_residents", personalData: true } as const;
    const r = updateAgreement(draftPks(), { recordAccess: grant });
    expect(r.ok && r.value.recordAccess).toEqual(grant);
    const mou = updateAgreement(draftPks({ kind: "mou" }), { recordAccess: grant });
    expect(mou.ok).toBe(false);
  });

  it("places a regency inside itself and inside its province, never inside a neighbour", () => {
    expect(areaContains("12.71", "12.71")).toBe(true);
    expect(areaContains("12", "12.71")).toBe(true);
    expect(areaContains("12.7", "12.71")).toBe(false);
    expect(areaContains("12.72", "12.71")).toBe(false);
    expect(areaContains("1", "12.71")).toBe(false);
    expect(areaContains("12.71", null)).toBe(false);
  });

  it("covers residents of the partner's area or the partner's participants, as the clause says", () => {
    const resident = { domicileRegencyCode: "12.71", partnerAreaCode: "12.71", participant: false };
    const participant = { domicileRegencyCode: "33.73", partnerAreaCode: "12.71", participant: true };
    const residents = { covers: "area_residents", personalData: false } as const;
    const participants = { covers: "participants", personalData: false } as const;
    expect(grantCovers(residents, resident)).toBe(true);
    expect(grantCovers(residents, participant)).toBe(false);
    expect(grantCovers(participants, participant)).toBe(true);
    expect(grantCovers(participants, resident)).toBe(false);
    expect(grantCovers(residents, { ...resident, partnerAreaCode: null })).toBe(false);
  });
});
