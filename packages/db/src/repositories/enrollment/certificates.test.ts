import { describe, expect, it } from "vitest";
import { testBackends } from "../../testing/index.ts";
import {
  findCertificate,
  findCertificateByCode,
  findCertificateOfEnrollment,
  insertCertificate,
  listCertificates,
  nextCertificateNumber,
  saveCertificate,
} from "./certificates.ts";
import { enrollmentSuite } from "./enrollment-rows.ts";

const later = "2026-01-09T09:00:00.000Z";

describe.each(testBackends())("certificate repository on $name", (backend) => {
  const { db, fx, certificate, enrolledOne } = enrollmentSuite(backend);

  it("refuses a Sinergi number in another format and a KKNI level outside 1 to 9", async () => {
    const { e } = await enrolledOne();
    await expect(
      insertCertificate(db(), certificate(e.id, { number: "LSP-PK/BBR/2026/0001" }), later),
    ).rejects.toThrow();
    await expect(insertCertificate(db(), certificate(e.id, { level: 10 }), later)).rejects.toThrow();
    const kept = await insertCertificate(
      db(),
      certificate(e.id, {
        issuerNumber: "LSP-PK/BBR/2026/0001",
        level: null,
        schemeType: "okupasi",
        validUntil: null,
      }),
      later,
    );
    expect(kept).toMatchObject({
      issuerNumber: "LSP-PK/BBR/2026/0001",
      level: null,
      schemeType: "okupasi",
      validUntil: null,
      units: [{ code: "I.56PAR00.001.2", title: "Memotong rambut" }],
    });
  });

  it("stores certificates, finds them by enrollment and case-insensitive code, revokes and numbers them", async () => {
    const { e } = await enrolledOne();
    expect(await nextCertificateNumber(db(), "2031")).toBe("SNG/2031/00001");
    const cert = await insertCertificate(db(), certificate(e.id, { number: "SNG/2031/00001" }), later);
    expect(await nextCertificateNumber(db(), "2031")).toBe("SNG/2031/00002");
    expect(cert).toMatchObject({ status: "issued", revision: 1 });
    expect((await findCertificateOfEnrollment(db(), e.id))?.id).toBe(cert.id);
    expect((await findCertificateByCode(db(), cert.verificationCode.toLowerCase()))?.id).toBe(cert.id);
    expect(await findCertificateByCode(db(), "0000000000000000")).toBeUndefined();
    await expect(insertCertificate(db(), certificate(e.id), later)).rejects.toThrow();
    const revoked = await saveCertificate(
      db(),
      { ...cert, status: "revoked", revokedReason: "data keliru", revokedOn: "2026-02-01" },
      later,
    );
    expect(revoked).toMatchObject({ status: "revoked", revision: 2, revokedReason: "data keliru" });
    expect((await findCertificate(db(), cert.id))?.status).toBe("revoked");
    const byFacility = await listCertificates(db(), {
      facilityId: fx.facilityId,
      status: "revoked",
      limit: 50,
    });
    expect(byFacility.items.map((c) => c.id)).toContain(cert.id);
    const byIssuer = await listCertificates(db(), { issuerPartnerId: fx.lspId, status: "issued", limit: 50 });
    expect(byIssuer.items.map((c) => c.id)).not.toContain(cert.id);
    const elsewhere = { kind: "facility", facilityId: fx.otherFacilityId } as const;
    expect((await listCertificates(db(), { viewer: elsewhere, limit: 50 })).items).toEqual([]);
  });

  it("refuses certificates that break the invariants: revoked without a reason or date, a malformed code", async () => {
    const { e } = await enrolledOne();
    await expect(
      insertCertificate(db(), certificate(e.id, { verificationCode: "short" }), later),
    ).rejects.toThrow();
    await expect(
      insertCertificate(db(), certificate(e.id, { verificationCode: "ILOUILOUILOUILOU" }), later),
    ).rejects.toThrow();
    await expect(
      insertCertificate(db(), certificate(e.id, { validUntil: "2026-01-01" }), later),
    ).rejects.toThrow();
    const cert = await insertCertificate(db(), certificate(e.id), later);
    await expect(
      saveCertificate(
        db(),
        { ...cert, status: "revoked", revokedReason: null, revokedOn: "2026-02-01" },
        later,
      ),
    ).rejects.toThrow();
    await expect(
      saveCertificate(db(), { ...cert, status: "revoked", revokedReason: "x", revokedOn: null }, later),
    ).rejects.toThrow();
    expect((await findCertificate(db(), cert.id))?.status).toBe("issued");
  });
});
