import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  can,
  inScope,
  PERMISSIONS,
  type Principal,
  ROLES,
  type Role,
  roleFitsScope,
  rolePermissions,
  type Scope,
  seesPersonalData,
} from "./access.ts";

const fac = "00000000-0000-4000-8000-000000000001";
const other = "00000000-0000-4000-8000-000000000002";
const ro = "00000000-0000-4000-8000-000000000003";
const partner = "00000000-0000-4000-8000-000000000004";
const user = (role: Role, scope: Scope, permissions?: Principal["permissions"]): Principal => ({
  id: "u",
  kind: permissions ? "api_key" : "user",
  role,
  scope,
  ...(permissions ? { permissions } : {}),
});

describe("roles and permissions", () => {
  it("lets facility staff run training but never sign or terminate an agreement", () => {
    const staff = user("facility_staff", { kind: "facility", facilityId: fac });
    expect(can(staff, "training:write")).toBe(true);
    expect(can(staff, "agreements:sign")).toBe(false);
    expect(can(staff, "agreements:terminate")).toBe(false);
    expect(can(staff, "agreements:read")).toBe(false);
  });

  it("lets a viewer read everything in scope and write nothing", () => {
    const viewer = user("viewer", { kind: "regional", regionalOfficeId: ro });
    for (const p of PERMISSIONS) expect(can(viewer, p)).toBe(p.endsWith(":read") && p !== "audit:read");
    expect(seesPersonalData(viewer)).toBe(false);
  });

  it("limits an API key to the permissions it names, within its role's", () => {
    const key = user("partner_system", { kind: "partner", partnerId: partner }, [
      "certificates:read",
      "audit:read",
    ]);
    expect(can(key, "certificates:read")).toBe(true);
    expect(can(key, "agreements:read")).toBe(false);
    expect(can(key, "audit:read")).toBe(false);
  });

  it("shows a partner system personal data only through a grant that says so", () => {
    const key = user("partner_system", { kind: "partner", partnerId: partner });
    expect(can(key, "inmates:read")).toBe(true);
    expect(seesPersonalData(key)).toBe(false);
    expect(seesPersonalData(key, { covers: "area_residents", personalData: false })).toBe(false);
    expect(seesPersonalData(key, { covers: "area_residents", personalData: true })).toBe(true);
    const namesOnly = user("partner_system", { kind: "partner", partnerId: partner }, ["inmates:read"]);
    expect(seesPersonalData(namesOnly, { covers: "participants", personalData: true })).toBe(false);
  });

  it("matches each role with the scope kind it needs", () => {
    expect(roleFitsScope("facility_admin", { kind: "facility", facilityId: fac })).toBe(true);
    expect(roleFitsScope("facility_admin", { kind: "national" })).toBe(false);
    expect(roleFitsScope("viewer", { kind: "national" })).toBe(true);
    expect(roleFitsScope("viewer", { kind: "partner", partnerId: partner })).toBe(false);
    expect(roleFitsScope("partner_system", { kind: "partner", partnerId: partner })).toBe(true);
  });
});

describe("scopes", () => {
  const place = { facilityIds: [fac], regionalOfficeIds: [ro], partnerIds: [partner] };

  it("puts a facility's resources inside its own facility, its regional office and the nation only", () => {
    expect(inScope({ kind: "national" }, place)).toBe(true);
    expect(inScope({ kind: "regional", regionalOfficeId: ro }, place)).toBe(true);
    expect(inScope({ kind: "facility", facilityId: fac }, place)).toBe(true);
    expect(inScope({ kind: "facility", facilityId: other }, place)).toBe(false);
    expect(inScope({ kind: "regional", regionalOfficeId: other }, place)).toBe(false);
    expect(inScope({ kind: "partner", partnerId: partner }, place)).toBe(true);
    expect(inScope({ kind: "partner", partnerId: other }, place)).toBe(false);
  });

  test.prop([fc.constantFrom(...ROLES), fc.constantFrom(...PERMISSIONS)])(
    "never grants a permission that the role lacks, whatever an API key names",
    (role, permission) => {
      const key = user(role, { kind: "national" }, [...PERMISSIONS]);
      expect(can(key, permission)).toBe(rolePermissions(role).has(permission));
    },
  );
});
