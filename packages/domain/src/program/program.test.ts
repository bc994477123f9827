import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { createProgram, isCertified, updateProgram } from "./program.ts";
import { CreateProgramSchema } from "./schemas.ts";

const scheme = {
  issuerPartnerId: "00000000-0000-4000-8000-000000000001",
  name: "Skema Okupasi Pemangkas Rambut",
  competencyUnits: [
    { code: "K3", title: "Menerapkan K3 di tempat kerja" },
    { code: "PR", title: "Melakukan pangkas rambut pria" },
  ],
  validityMonths: 36,
};

describe("program", () => {
  it("defaults the minimum attendance share to 80 % and has no scheme unless given", () => {
    const r = createProgram("p1", { name: "Literasi", track: "personal_development", field: "literacy" });
    expect(r.ok && r.value).toMatchObject({
      minAttendanceShare: 0.8,
      certificationScheme: null,
      providerPartnerId: null,
      fundingAgreementId: null,
    });
    expect(r.ok && isCertified(r.value)).toBe(false);
  });

  it("keeps a certification scheme and reads as certified", () => {
    const r = createProgram("p1", {
      name: "Barbershop",
      track: "vocational",
      field: "barbershop",
      certificationScheme: scheme,
    });
    expect(r.ok && isCertified(r.value)).toBe(true);
  });

  it("refuses a duplicate competency unit code as program/duplicate-competency-unit naming the unit", () => {
    const dup = { ...scheme, competencyUnits: [...scheme.competencyUnits, { code: "K3", title: "Lagi" }] };
    const r = createProgram("p1", {
      name: "B",
      track: "vocational",
      field: "barbershop",
      certificationScheme: dup,
    });
    expect(!r.ok && [r.error.code, r.error.field]).toEqual([
      "program/duplicate-competency-unit",
      "certificationScheme.competencyUnits.2.code",
    ]);
  });

  it("updates fields and clears the scheme with null", () => {
    const p = createProgram("p1", {
      name: "B",
      track: "vocational",
      field: "barbershop",
      certificationScheme: scheme,
    });
    if (!p.ok) throw new Error("setup");
    const r = updateProgram(p.value, { certificationScheme: null, minAttendanceShare: 0.75, name: "Barber" });
    expect(r.ok && r.value).toMatchObject({
      certificationScheme: null,
      minAttendanceShare: 0.75,
      name: "Barber",
    });
  });

  it("rejects unknown fields, a share outside (0, 1] and a scheme without units", () => {
    const r = v.safeParse(CreateProgramSchema, {
      name: "B",
      track: "vocational",
      field: "Barber Shop",
      minAttendanceShare: 0,
      certificationScheme: { ...scheme, competencyUnits: [] },
      extra: 1,
    });
    expect(r.success).toBe(false);
    const paths = (r.issues ?? []).map((i) => (i.path ?? []).map((p) => p.key).join(".")).sort();
    expect(paths).toEqual(["certificationScheme.competencyUnits", "extra", "field", "minAttendanceShare"]);
  });
});
