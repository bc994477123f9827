import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type CertificationScheme, createProgram, isCertified, updateProgram } from "./program.ts";
import { CreateProgramSchema } from "./schemas.ts";

const scheme: CertificationScheme = {
  issuerPartnerId: "00000000-0000-4000-8000-000000000001",
  name: "Skema Okupasi Pemangkas Rambut",
  schemeType: "okupasi",
  competencyUnits: [
    { code: "K3", title: "Menerapkan K3 di tempat kerja" },
    { code: "PR", title: "Melakukan pangkas rambut pria" },
  ],
  validityMonths: 36,
};
const units = [
  { code: "I.56PAR00.001.2", title: "Menerapkan K3 di tempat kerja" },
  { code: "I.56PAR00.002.2", title: "Melakukan pangkas rambut pria" },
];

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

  it("keeps the scheme type apart from the level: a KKNI scheme needs its level, okupasi and klaster may omit it", () => {
    const make = (s: CertificationScheme) =>
      createProgram("p1", { name: "B", track: "vocational", field: "barbershop", certificationScheme: s });
    const kkni = make({ ...scheme, schemeType: "kkni" });
    expect(!kkni.ok && [kkni.error.code, kkni.error.field]).toEqual([
      "program/scheme-level-required",
      "certificationScheme.level",
    ]);
    expect(make({ ...scheme, schemeType: "kkni", level: 2 }).ok).toBe(true);
    expect(make({ ...scheme, schemeType: "klaster" }).ok).toBe(true);
    expect(make({ ...scheme, schemeType: "okupasi", level: 3 }).ok).toBe(true);
  });

  it("accepts KKNI levels 1 to 9 only, a scheme type only from the list, and no validity for a certificate that does not expire", () => {
    const parse = (s: Record<string, unknown>) =>
      v.safeParse(CreateProgramSchema, {
        name: "B",
        track: "vocational",
        field: "barbershop",
        certificationScheme: { ...scheme, competencyUnits: units, ...s },
      });
    expect(parse({ level: 1 }).success).toBe(true);
    expect(parse({ level: 9 }).success).toBe(true);
    expect(parse({ level: 0 }).success).toBe(false);
    expect(parse({ level: 10 }).success).toBe(false);
    expect(parse({ level: "Okupasi" }).success).toBe(false);
    expect(parse({ schemeType: "Okupasi" }).success).toBe(false);
    expect(parse({ validityMonths: null }).success).toBe(true);
    expect(parse({ validityMonths: 0 }).success).toBe(false);
  });

  it("takes SKKNI unit codes in the current and the older form, and nothing else", () => {
    const parse = (code: string) =>
      v.safeParse(CreateProgramSchema, {
        name: "B",
        track: "vocational",
        field: "barbershop",
        certificationScheme: { ...scheme, competencyUnits: [{ code, title: "Unit" }] },
      }).success;
    for (const ok of ["I.56PAR00.001.2", "C.10ROT00.001.1", "PAR.HT01.001.01", "INA.5230.113.01"])
      expect(parse(ok), ok).toBe(true);
    for (const bad of ["K3", "PAR.01", "i.56par00.001.2", "I.56PAR00..001", "I 56PAR00 001 2", ""])
      expect(parse(bad), bad).toBe(false);
  });
});
