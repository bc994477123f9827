import { randomUUID } from "node:crypto";
import type { Certificate, Enrollment } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import {
  type CertificationFixture,
  insertCertificationFixture,
  insertCohortRow,
  insertInmateRow,
  testBackends,
} from "../../testing/index.ts";
import { appendAssessment, listAssessments } from "./assessments.ts";
import {
  findCertificate,
  findCertificateByCode,
  findCertificateOfEnrollment,
  insertCertificate,
  listCertificates,
  nextCertificateNumber,
  saveCertificate,
} from "./certificates.ts";
import {
  activeCohortsOfInmate,
  activeCohortsOfInmates,
  countCohortEnrollments,
  findCohortEnrollments,
  findEnrollment,
  inmatesEnrolledIn,
  insertEnrollment,
  isEnrolledIn,
  listEnrollments,
  lockInmateForEnrolment,
  lockInmatesForEnrolment,
  saveEnrollment,
} from "./enrollments.ts";

const at = "2026-01-02T01:00:00.000Z";
const later = "2026-01-09T09:00:00.000Z";

describe.each(testBackends())("enrollment repositories on $name", (backend) => {
  let handle: SinergiDb;
  let fx: CertificationFixture;
  const db = () => handle.db;

  beforeAll(async () => {
    handle = await backend.open();
    fx = await insertCertificationFixture(db());
  });
  afterAll(async () => handle.close());

  const enrollment = (cohortId: string, inmateId: string): Enrollment => ({
    id: randomUUID(),
    cohortId,
    inmateId,
    state: "enrolled",
    attendance: [],
    assessment: null,
    endReason: null,
  });
  const certificate = (enrollmentId: string, over: Partial<Certificate> = {}): Certificate => ({
    id: randomUUID(),
    number: `SNG/2026/${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`,
    issuerNumber: null,
    enrollmentId,
    schemeName: "Skema Pangkas Rambut",
    schemeType: "kkni",
    competency: "Barbershop",
    level: 2,
    units: [{ code: "I.56PAR00.001.2", title: "Memotong rambut" }],
    issuerPartnerId: fx.lspId,
    holderName: "Budi",
    issuedOn: "2026-01-12",
    validUntil: "2029-01-12",
    status: "issued",
    revokedReason: null,
    revokedOn: null,
    verificationCode: randomUUID()
      .replace(/-/g, "")
      .slice(0, 16)
      .toUpperCase()
      .replace(/[ILOU]/g, "X"),
    ...over,
  });

  /** A cohort of the certified program at the home facility (or the one given). */
  const newCohort = (facilityId = fx.facilityId) =>
    insertCohortRow(db(), { programId: fx.certifiedProgramId, facilityId, at });
  /** An inmate of the home facility (or the one given). */
  const newInmate = (facilityId = fx.facilityId) => insertInmateRow(db(), { facilityId, at });
  /** One inmate enrolled in a new cohort of the home facility: where most tests start. */
  const enrolledOne = async () => {
    const cohortId = await newCohort();
    const inmateId = await newInmate();
    const e = await insertEnrollment(db(), enrollment(cohortId, inmateId), at);
    return { cohortId, inmateId, e };
  };

  it("stores an enrollment, upserts attendance by day and bumps the revision on each save", async () => {
    const { e: created } = await enrolledOne();
    expect(created).toMatchObject({ state: "enrolled", revision: 1, attendance: [], enrolledAt: at });
    const first = await saveEnrollment(
      db(),
      {
        ...created,
        attendance: [
          { sessionDate: "2026-01-06", present: true },
          { sessionDate: "2026-01-05", present: false },
        ],
      },
      later,
    );
    const second = await saveEnrollment(
      db(),
      {
        ...first,
        attendance: [{ sessionDate: "2026-01-05", present: true }],
        assessment: { result: "competent", assessor: "Asesor", assessedOn: "2026-01-09", units: [] },
      },
      later,
    );
    expect(second.revision).toBe(3);
    expect(second.attendance).toEqual([
      { sessionDate: "2026-01-05", present: true },
      { sessionDate: "2026-01-06", present: true },
    ]);
    expect((await findEnrollment(db(), created.id))?.assessment).toEqual({
      result: "competent",
      assessor: "Asesor",
      assessedOn: "2026-01-09",
      units: [],
    });
    expect(await findEnrollment(db(), randomUUID())).toBeUndefined();
  });

  it("counts live enrollments, finds the inmate's active cohorts and locks the inmate row", async () => {
    const cohortId = await newCohort();
    const [a, b, c] = [await newInmate(), await newInmate(), await newInmate()];
    await insertEnrollment(db(), enrollment(cohortId, a), at);
    const eb = await insertEnrollment(db(), enrollment(cohortId, b), at);
    const ec = await insertEnrollment(db(), enrollment(cohortId, c), at);
    await saveEnrollment(db(), { ...eb, state: "completed" }, later);
    await saveEnrollment(db(), { ...ec, state: "withdrawn", endReason: "sakit" }, later);
    expect(await countCohortEnrollments(db(), cohortId)).toBe(2);
    expect(await isEnrolledIn(db(), cohortId, c)).toBe(true);
    expect(await isEnrolledIn(db(), cohortId, randomUUID())).toBe(false);
    expect(await activeCohortsOfInmate(db(), a)).toEqual([
      { id: cohortId, cohortId, startDate: "2026-01-05", endDate: "2026-01-09" },
    ]);
    expect(await activeCohortsOfInmate(db(), b)).toEqual([]);
    await db()
      .transaction()
      .execute(async (trx) => {
        expect(await lockInmateForEnrolment(trx, a)).toBe(true);
        expect(await lockInmateForEnrolment(trx, randomUUID())).toBe(false);
      });
  });

  it("refuses rows that break the invariants: an early end without a reason, a second enrollment, a bad assessment", async () => {
    const { cohortId, inmateId, e } = await enrolledOne();
    await expect(
      saveEnrollment(db(), { ...e, state: "withdrawn", endReason: null }, later),
    ).rejects.toThrow();
    await expect(saveEnrollment(db(), { ...e, endReason: "no end yet" }, later)).rejects.toThrow();
    await expect(insertEnrollment(db(), enrollment(cohortId, inmateId), at)).rejects.toThrow();
    await expect(
      saveEnrollment(
        db(),
        { ...e, assessment: { result: "lulus", assessor: "x", assessedOn: "2026-01-09" } as never },
        later,
      ),
    ).rejects.toThrow();
    expect((await findEnrollment(db(), e.id))?.revision).toBe(1);
  });

  it("lists enrollments by cohort, inmate, state and facility, in keyset pages", async () => {
    const cohortId = await newCohort();
    const elsewhere = await newCohort(fx.otherFacilityId);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const e = await insertEnrollment(
        db(),
        enrollment(cohortId, await newInmate()),
        `2026-01-02T0${i}:00:00.000Z`,
      );
      ids.push(e.id);
    }
    const other = await insertEnrollment(
      db(),
      enrollment(elsewhere, await newInmate(fx.otherFacilityId)),
      at,
    );
    const p1 = await listEnrollments(db(), { cohortId, limit: 2 });
    expect(p1.items.map((e) => e.id)).toEqual(ids.slice(0, 2));
    const p2 = await listEnrollments(db(), { cohortId, limit: 2, cursor: p1.nextCursor ?? undefined });
    expect(p2.items.map((e) => e.id)).toEqual(ids.slice(2));
    expect(p2.nextCursor).toBeNull();
    const mine = await listEnrollments(db(), {
      viewer: { kind: "facility", facilityId: fx.facilityId },
      limit: 100,
    });
    expect(mine.items.map((e) => e.id)).not.toContain(other.id);
    expect(
      (
        await listEnrollments(db(), {
          viewer: { kind: "regional", regionalOfficeId: randomUUID() },
          limit: 10,
        })
      ).items,
    ).toEqual([]);
    const byInmate = await listEnrollments(db(), { inmateId: other.inmateId, state: "enrolled", limit: 10 });
    expect(byInmate.items.map((e) => e.id)).toEqual([other.id]);
    expect(
      (await listEnrollments(db(), { inmateId: other.inmateId, state: "completed", limit: 10 })).items,
    ).toEqual([]);
  });

  it("keeps every assessment as its own numbered row, first to last, and finds a cohort's enrollments in bulk", async () => {
    const { cohortId, inmateId, e } = await enrolledOne();
    const unit = "I.56PAR00.001.2";
    const record = (assessedOn: string, result: "competent" | "not_yet_competent") => ({
      assessor: "Asesor LSP",
      assessedOn,
      units: [{ code: unit, result }],
      result,
    });
    await appendAssessment(db(), {
      id: randomUUID(),
      enrollmentId: e.id,
      record: record("2026-01-09", "not_yet_competent"),
      at,
      actor: "staff",
    });
    await appendAssessment(db(), {
      id: randomUUID(),
      enrollmentId: e.id,
      record: { ...record("2026-01-20", "competent"), notes: "asesmen ulang" },
      at: later,
      actor: "staff",
    });
    const rows = await listAssessments(db(), e.id);
    expect(rows.map((r) => [r.sequence, r.assessedOn, r.result, r.notes])).toEqual([
      [1, "2026-01-09", "not_yet_competent", null],
      [2, "2026-01-20", "competent", "asesmen ulang"],
    ]);
    expect(rows[0]?.units).toEqual([{ code: unit, result: "not_yet_competent" }]);

    const other = await newCohort();
    const found = await findCohortEnrollments(db(), cohortId, [e.id, randomUUID()], { forUpdate: true });
    expect(found.map((x) => x.id)).toEqual([e.id]);
    expect(await findCohortEnrollments(db(), other, [e.id])).toEqual([]);
    expect([...(await inmatesEnrolledIn(db(), cohortId, [inmateId, randomUUID()]))]).toEqual([inmateId]);
    expect((await activeCohortsOfInmates(db(), [inmateId])).get(inmateId)?.map((c) => c.id)).toEqual([
      cohortId,
    ]);
    expect([...(await lockInmatesForEnrolment(db(), [inmateId, randomUUID()]))]).toEqual([inmateId]);
  });

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
