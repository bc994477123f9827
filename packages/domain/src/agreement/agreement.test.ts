import { describe, expect, it } from "vitest";
import { draftAgreement, mayCiteAsParent, signingUnitOf, updateAgreement } from "./agreement.ts";
import { ctx, draftPks, ids, signedPks } from "./testing/fixtures.ts";

const pks = {
  kind: "pks" as const,
  title: "PKS Literasi",
  facilityId: ids.facility,
  partnerIds: [ids.partner],
};

describe("drafting an agreement", () => {
  it("drafts a PKS at version 1 with a creation history entry", () => {
    const r = draftAgreement(ids.agreement, { ...pks, fields: ["literacy", "literacy"] }, ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entity).toMatchObject({
      state: "draft",
      version: 1,
      fields: ["literacy"],
      renewsId: null,
    });
    expect(r.value.history).toEqual({ at: ctx().at, actor: "tester", from: null, to: "draft" });
  });

  it("lets a regional office hold an MoU with several partners", () => {
    const r = draftAgreement(
      ids.agreement,
      {
        kind: "mou",
        title: "MoU Kanwil",
        regionalOfficeId: ids.office,
        partnerIds: [ids.partner, ids.partner2],
      },
      ctx(),
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    [
      "both facility and regional office",
      { ...pks, kind: "mou" as const, regionalOfficeId: ids.office },
      "regionalOfficeId",
    ],
    [
      "a national PKS (neither facility nor regional office)",
      { ...pks, facilityId: undefined },
      "facilityId",
    ],
    ["a PKS with two partners", { ...pks, partnerIds: [ids.partner, ids.partner2] }, "partnerIds"],
    [
      "a repeated partner",
      { ...pks, kind: "mou" as const, partnerIds: [ids.partner, ids.partner] },
      "partnerIds",
    ],
    ["no partner", { ...pks, kind: "mou" as const, partnerIds: [] }, "partnerIds"],
    ["an MoU citing a parent MoU", { ...pks, kind: "mou" as const, parentMouId: ids.mou }, "parentMouId"],
  ])("refuses %s with agreement/invalid-parties", (_label, input, field) => {
    const r = draftAgreement(ids.agreement, input, ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("agreement/invalid-parties");
    expect(r.error.field).toBe(field);
  });

  it("lets a PKS cite its parent MoU", () => {
    expect(draftAgreement(ids.agreement, { ...pks, parentMouId: ids.mou }, ctx()).ok).toBe(true);
  });

  it.each([
    ["an end before the start", "2024-03-05", "2024-03-04"],
    ["an end on the start", "2024-03-05", "2024-03-05"],
    ["a PKS ending on its third anniversary", "2024-03-05", "2027-03-05"],
    ["a PKS from 29 February ending on 1 March three years on", "2024-02-29", "2027-03-01"],
  ])("refuses %s with agreement/invalid-dates", (_label, startDate, endDate) => {
    const r = draftAgreement(ids.agreement, { ...pks, startDate, endDate }, ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("agreement/invalid-dates");
    expect(r.error.field).toBe("endDate");
  });

  it("lets a regional office sign a PKS, and the directorate a national MoU with several partners", () => {
    const office = draftAgreement(
      ids.agreement,
      { ...pks, facilityId: undefined, regionalOfficeId: ids.office },
      ctx(),
    );
    expect(office.ok).toBe(true);
    const national = {
      kind: "mou" as const,
      title: "MoU Ditjenpas-BNSP",
      partnerIds: [ids.partner, ids.partner2],
    };
    const r = draftAgreement(ids.agreement, national, ctx());
    expect(r.ok && signingUnitOf(r.value.entity)).toBe("national");
  });

  it("accepts a PKS ending the day before its third anniversary", () => {
    expect(
      draftAgreement(ids.agreement, { ...pks, startDate: "2024-03-05", endDate: "2027-03-04" }, ctx()).ok,
    ).toBe(true);
  });

  it("accepts a PKS of exactly three years and an MoU of five", () => {
    expect(
      draftAgreement(ids.agreement, { ...pks, startDate: "2024-02-29", endDate: "2027-02-28" }, ctx()).ok,
    ).toBe(true);
    const mou = { kind: "mou" as const, title: "MoU", facilityId: ids.facility, partnerIds: [ids.partner] };
    expect(
      draftAgreement(ids.agreement, { ...mou, startDate: "2024-01-01", endDate: "2029-01-01" }, ctx()).ok,
    ).toBe(true);
  });
});

describe("editing an agreement", () => {
  it("edits the terms while negotiating and clears a value with null", () => {
    const r = updateAgreement(draftPks({ state: "negotiating", parentMouId: ids.mou }), {
      title: "PKS baru",
      parentMouId: null,
      startDate: "2024-01-01",
      endDate: "2025-01-01",
    });
    expect(r.ok && r.value).toMatchObject({ title: "PKS baru", parentMouId: null, startDate: "2024-01-01" });
  });

  it("refuses to edit a signed agreement with agreement/not-editable", () => {
    const r = updateAgreement(signedPks(), { title: "x" });
    expect(!r.ok && r.error.code).toBe("agreement/not-editable");
  });

  it("refuses an edit that breaks the date rule", () => {
    const r = updateAgreement(draftPks({ startDate: "2024-01-01", endDate: "2025-01-01" }), {
      endDate: "2023-01-01",
    });
    expect(!r.ok && r.error.code).toBe("agreement/invalid-dates");
  });
});

describe("citing a parent MoU", () => {
  const child = { facilityId: "rutan-medan", facilityRegionalOfficeId: "kanwil-sumut" };
  it("lets a PKS cite an MoU of its own facility or of its facility's regional office", () => {
    expect(mayCiteAsParent(child, { kind: "mou", facilityId: "rutan-medan", regionalOfficeId: null })).toBe(
      true,
    );
    expect(mayCiteAsParent(child, { kind: "mou", facilityId: null, regionalOfficeId: "kanwil-sumut" })).toBe(
      true,
    );
  });

  it("lets any facility's or office's PKS cite a national MoU", () => {
    expect(mayCiteAsParent(child, { kind: "mou", facilityId: null, regionalOfficeId: null })).toBe(true);
  });

  it("refuses another facility's or another office's MoU, and anything that is not an MoU", () => {
    expect(
      mayCiteAsParent(child, { kind: "mou", facilityId: "lapas-salatiga", regionalOfficeId: null }),
    ).toBe(false);
    expect(mayCiteAsParent(child, { kind: "mou", facilityId: null, regionalOfficeId: "kanwil-jateng" })).toBe(
      false,
    );
    expect(mayCiteAsParent(child, { kind: "pks", facilityId: "rutan-medan", regionalOfficeId: null })).toBe(
      false,
    );
  });
});
