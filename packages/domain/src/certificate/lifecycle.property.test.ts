import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { CertificationScheme } from "../program/program.ts";
import { addDays } from "../shared/dates.ts";
import {
  type Certificate,
  certificateStatusOn,
  type IssueFacts,
  issueCertificate,
  revokeCertificate,
} from "./certificate.ts";

const scheme: CertificationScheme = {
  issuerPartnerId: "lsp",
  name: "Skema Roti",
  schemeType: "okupasi",
  competencyUnits: [{ code: "ROT.01", title: "Membuat roti" }],
  validityMonths: 24,
};
const input = {
  id: "c1",
  number: "SNG/2026/00001",
  verificationCode: "ABCDEFGHJKMNPQRS",
  enrollmentId: "e1",
  holderName: "Siti",
  issuedOn: "2026-03-02",
};
const factsArb: fc.Arbitrary<IssueFacts> = fc.record({
  enrollmentState: fc.constantFrom("enrolled", "completed", "withdrawn", "transferred", "released"),
  assessmentResult: fc.constantFrom("competent" as const, "not_yet_competent" as const, null),
  scheme: fc.option(fc.constant(scheme), { nil: null }),
  programName: fc.constant("Roti"),
});
const move = fc.record({ reason: fc.string({ minLength: 1, maxLength: 20 }), dayOffset: fc.nat(2000) });

describe("certificate lifecycle over move sequences", () => {
  test.prop([factsArb])(
    "issues exactly for a completed, competent enrollment of a certified program",
    (f) => {
      const r = issueCertificate(f, input);
      const issuable = f.enrollmentState === "completed" && f.assessmentResult === "competent" && !!f.scheme;
      expect(r.ok).toBe(issuable);
      if (!r.ok) expect(r.error.code).toBe("certificate/not-issuable");
    },
  );

  test.prop([fc.array(move, { maxLength: 12 })])(
    "revokes at most once, keeps every certified field, and never reads valid again once revoked",
    (moves) => {
      const issued = issueCertificate({ ...factsOk }, input);
      if (!issued.ok) throw new Error("not issued");
      let c: Certificate = issued.value;
      let revocations = 0;
      for (const m of moves) {
        const on = addDays(input.issuedOn, m.dayOffset);
        const r = revokeCertificate(c, m.reason, on, { actor: "a", at: `${on}T00:00:00.000Z` });
        if (r.ok) {
          revocations += 1;
          expect(r.value.history).toMatchObject({ from: "issued", to: "revoked", reason: m.reason });
          c = r.value.entity;
        } else expect(r.error.code).toBe("certificate/already-revoked");
        const { status, revokedReason, revokedOn, ...certified } = c;
        const { status: _s, revokedReason: _r, revokedOn: _o, ...original } = issued.value;
        expect(certified).toEqual(original);
        expect(certificateStatusOn(c, on)).toBe(
          c.status === "revoked" ? "revoked" : certificateStatusOn(issued.value, on),
        );
      }
      expect(revocations).toBe(moves.length > 0 ? 1 : 0);
    },
  );

  test.prop([fc.nat(3000)])("expires exactly after its valid-until day", (offset) => {
    const issued = issueCertificate(factsOk, input);
    if (!issued.ok) throw new Error("not issued");
    const day = addDays(input.issuedOn, offset);
    const expected = day > (issued.value.validUntil ?? "9999-12-31") ? "expired" : "valid";
    expect(certificateStatusOn(issued.value, day)).toBe(expected);
  });
});

const factsOk: IssueFacts = {
  enrollmentState: "completed",
  assessmentResult: "competent",
  scheme,
  programName: "Roti",
};
