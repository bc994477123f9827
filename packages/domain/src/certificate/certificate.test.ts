import { describe, expect, it } from "vitest";
import { certificateStatusOn, type IssueFacts, issueCertificate, revokeCertificate } from "./certificate.ts";

const facts: IssueFacts = {
  enrollmentState: "completed",
  assessmentResult: "competent",
  programName: "Barbershop",
  scheme: {
    issuerPartnerId: "lsp",
    name: "Skema Pangkas Rambut",
    schemeType: "kkni",
    competencyUnits: [{ code: "PAR.01", title: "Memotong rambut" }],
    level: 2,
    validityMonths: 36,
  },
};
const input = {
  id: "c1",
  number: "SK/2026/0001",
  verificationCode: "ABCDEFGHJKMNPQRS",
  enrollmentId: "e1",
  holderName: "Budi Santoso",
  issuedOn: "2026-03-02",
};

describe("certificates", () => {
  it("issues for a completed, competent enrollment of a certified program, valid for the scheme's months", () => {
    const r = issueCertificate(facts, input);
    expect(r.ok && r.value).toMatchObject({
      status: "issued",
      validUntil: "2029-03-02",
      level: 2,
      schemeType: "kkni",
      issuerNumber: null,
      units: [{ code: "PAR.01", title: "Memotong rambut" }],
    });
  });

  it("carries the issuer's own number, and has no expiry when the scheme has no validity", () => {
    const r = issueCertificate(
      {
        ...facts,
        scheme: { ...facts.scheme!, schemeType: "klaster", level: undefined, validityMonths: null },
      },
      { ...input, issuerNumber: "BLK-MDN/2026/118" },
    );
    expect(r.ok && r.value).toMatchObject({
      issuerNumber: "BLK-MDN/2026/118",
      validUntil: null,
      level: null,
    });
    if (r.ok) expect(certificateStatusOn(r.value, "2099-12-31")).toBe("valid");
  });
  it("refuses with what is missing: completion, competence, certification", () => {
    const r = issueCertificate(
      { ...facts, enrollmentState: "enrolled", assessmentResult: "not_yet_competent", scheme: null },
      input,
    );
    expect(r.ok ? null : r.error).toMatchObject({
      code: "certificate/not-issuable",
      detail: { missing: ["completed enrollment", "competent assessment", "certified program"] },
    });
  });

  it("revokes once, keeping the certificate, and reads expiry from the date", () => {
    const issued = issueCertificate(facts, input);
    if (!issued.ok) throw new Error("not issued");
    expect(certificateStatusOn(issued.value, "2029-03-02")).toBe("valid");
    expect(certificateStatusOn(issued.value, "2029-03-03")).toBe("expired");
    const revoked = revokeCertificate(issued.value, "data keliru", "2026-04-01", {
      actor: "a",
      at: "2026-04-01T01:00:00Z",
    });
    expect(revoked.ok && revoked.value.entity).toMatchObject({
      status: "revoked",
      revokedReason: "data keliru",
    });
    if (!revoked.ok) return;
    expect(certificateStatusOn(revoked.value.entity, "2026-05-01")).toBe("revoked");
    const again = revokeCertificate(revoked.value.entity, "x", "2026-04-02", {
      actor: "a",
      at: "2026-04-02T01:00:00Z",
    });
    expect(again.ok ? null : again.error.code).toBe("certificate/already-revoked");
  });
});
