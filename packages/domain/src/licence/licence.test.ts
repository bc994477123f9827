import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type FacilityLicence,
  LICENCE_STATES,
  type LicenceMove,
  licenceStatusOn,
  moveLicence,
} from "./licence.ts";

const ctx = { actor: "tester", at: "2023-03-08T03:00:00.000Z" };
const clinic: FacilityLicence = {
  id: "l1",
  facilityId: "f1",
  type: "clinic",
  number: null,
  issuer: "Dinas Kesehatan Kota Salatiga",
  status: "applied",
  appliedOn: "2023-02-01",
  grantedOn: null,
  expiresOn: null,
  revokedReason: null,
  notes: null,
  documentId: null,
};

describe("facility licences", () => {
  it("grants an applied licence with its number and dates, recording the move", () => {
    const r = moveLicence(
      clinic,
      "grant",
      { number: "503/001", grantedOn: "2023-06-01", expiresOn: "2028-06-01" },
      ctx,
    );
    expect(r.ok && r.value.entity.status).toBe("granted");
    expect(r.ok && r.value.history).toMatchObject({ from: "applied", to: "granted", actor: "tester" });
  });

  it("refuses an expiry before the grant", () => {
    const r = moveLicence(
      clinic,
      "grant",
      { number: "1", grantedOn: "2023-06-01", expiresOn: "2023-05-01" },
      ctx,
    );
    expect(r.ok ? null : r.error.code).toBe("licence/invalid-dates");
  });

  it("refuses to grant twice, to expire a licence still valid, and any move on a revoked one", () => {
    const granted = {
      ...clinic,
      status: "granted" as const,
      number: "1",
      grantedOn: "2023-06-01",
      expiresOn: "2024-06-01",
    };
    expect(moveLicence(granted, "grant", { number: "2", grantedOn: "2023-07-01" }, ctx).ok).toBe(false);
    const early = moveLicence(granted, "expire", { today: "2024-06-01" }, ctx);
    expect(early.ok ? null : early.error.code).toBe("licence/not-yet-expired");
    expect(moveLicence(granted, "expire", { today: "2024-06-02" }, ctx).ok).toBe(true);
    const revoked = { ...clinic, status: "revoked" as const };
    for (const m of ["grant", "revoke", "expire"] as const) {
      const r = moveLicence(
        revoked,
        m,
        { number: "1", grantedOn: "2023-01-01", reason: "x", today: "2030-01-01" },
        ctx,
      );
      expect(r.ok ? null : r.error.code).toBe("licence/illegal-transition");
    }
  });

  it("reads a granted licence past its expiry as expired", () => {
    const granted = { status: "granted" as const, expiresOn: "2024-06-01" };
    expect(licenceStatusOn(granted, "2024-06-01")).toBe("granted");
    expect(licenceStatusOn(granted, "2024-06-02")).toBe("expired");
  });

  test.prop([fc.array(fc.constantFrom<LicenceMove>("grant", "revoke", "expire"), { maxLength: 8 })])(
    "never leaves revoked or expired, and only grants from applied",
    (moves) => {
      let l: FacilityLicence = clinic;
      for (const m of moves) {
        const before = l.status;
        const r = moveLicence(
          l,
          m,
          { number: "1", grantedOn: "2023-01-01", expiresOn: "2024-01-01", reason: "r", today: "2030-01-01" },
          ctx,
        );
        if (!r.ok) continue;
        expect(["revoked", "expired"]).not.toContain(before);
        if (r.value.entity.status === "granted") expect(before).toBe("applied");
        l = r.value.entity;
        expect(LICENCE_STATES).toContain(l.status);
      }
    },
  );
});
