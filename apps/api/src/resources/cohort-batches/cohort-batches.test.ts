import { beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import {
  type CertificateOrg,
  insertCertificateOrg,
  insertCohort,
  insertInmate,
} from "../certificates/fixtures.ts";

const UNITS = [
  { code: "C.10ROT00.001.1", title: "Menerapkan keamanan pangan" },
  { code: "C.10ROT00.002.1", title: "Membuat adonan roti" },
];
const all = (result: string) => UNITS.map((u) => ({ code: u.code, result }));

describeApi("training work in bulk", (t) => {
  let org: CertificateOrg;
  let programId: string;
  const audits = async (action: string) =>
    Number(
      (
        await t.db
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("action", "=", action)
          .where("resourceType", "=", "enrollment")
          .executeTakeFirstOrThrow()
      ).n,
    );
  const enrollmentsOf = async (cohortId: string) =>
    (await t.db.selectFrom("enrollments").select("id").where("cohortId", "=", cohortId).execute()).length;
  const inmates = async (n: number) => Promise.all(Array.from({ length: n }, () => insertInmate(t.db, org)));
  const update = (table: "cohorts" | "inmates", id: string, set: Record<string, unknown>) =>
    t.db.updateTable(table).set(set).where("id", "=", id).execute();

  beforeAll(async () => {
    org = await insertCertificateOrg(t.db);
    const program = await t.post("/api/v1/programs", {
      name: "Produksi Roti",
      track: "vocational",
      field: "bakery",
      certificationScheme: {
        issuerPartnerId: org.lspId,
        name: "Skema Okupasi Pembuat Roti",
        schemeType: "okupasi",
        competencyUnits: UNITS,
        validityMonths: 36,
      },
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
  });

  /** An open cohort of the bakery program (2026-01-05..09, five sessions). */
  const cohort = (capacity = 10) =>
    insertCohort(t.db, { ...org, certifiedProgramId: programId }, { capacity });

  it("answers a dry run with each inmate's eligibility, refusal and warnings, writing nothing", async () => {
    const cohortId = await cohort(2);
    await update("cohorts", cohortId, { eligibility: JSON.stringify({ legalStatuses: ["convict"] }) });
    const [ok, detainee, soon, late] = await inmates(4);
    await update("inmates", detainee!, { legalStatus: "detainee" });
    await update("inmates", soon!, { expectedReleaseDate: "2026-01-07" });
    const missing = "00000000-0000-4000-8000-00000000abcd";
    const before = await audits("create");
    const res = await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, {
      inmateIds: [ok, detainee, missing, soon, late],
      dryRun: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.dryRun).toBe(true);
    expect(res.body.admissible).toBe(false);
    expect(
      res.body.items.map(
        (i: {
          eligible: boolean;
          refusal: { code: string; field: string } | null;
          warnings: { code: string }[];
        }) => [i.eligible, i.refusal?.code ?? null, i.refusal?.field ?? null, i.warnings.map((w) => w.code)],
      ),
    ).toEqual([
      [true, null, null, []],
      [false, "enrollment/legal-status-not-eligible", "inmateIds.1", []],
      [false, "validation/reference", "inmateIds.2", []],
      [true, null, null, ["release-before-cohort-end"]],
      // Two places: the refused ones take none, so the fifth finds the cohort full.
      [false, "enrollment/cohort-full", "inmateIds.4", []],
    ]);
    expect(await enrollmentsOf(cohortId)).toBe(0);
    expect(await audits("create")).toBe(before);
  });

  it("enrols all or none: one refused inmate refuses the batch, naming each refused item, and writes nothing", async () => {
    const cohortId = await cohort(10);
    const ids = await inmates(3);
    await update("inmates", ids[1]!, { legalStatus: "detainee" });
    await update("cohorts", cohortId, { eligibility: JSON.stringify({ legalStatuses: ["convict"] }) });
    const before = await audits("create");
    const refused = await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, { inmateIds: ids });
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.body).toMatchObject({
      code: "batch/refused",
      errors: [
        {
          index: 1,
          field: "inmateIds.1",
          code: "enrollment/legal-status-not-eligible",
          message: expect.any(String),
        },
      ],
    });
    expect(await enrollmentsOf(cohortId)).toBe(0);
    expect(await audits("create")).toBe(before);

    await update("inmates", ids[1]!, { legalStatus: "convict" });
    const done = await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, { inmateIds: ids });
    expect(done.status).toBe(201);
    expect(done.body.items.map((e: { inmateId: string; state: string }) => [e.inmateId, e.state])).toEqual(
      ids.map((id) => [id, "enrolled"]),
    );
    expect(await enrollmentsOf(cohortId)).toBe(3);
    // One audit entry and one history entry per enrollment, as if enrolled one by one.
    expect(await audits("create")).toBe(before + 3);
    for (const e of done.body.items) {
      const history = await t.get(`/api/v1/enrollments/${e.id}/history`);
      expect(history.body.map((h: { to: string }) => h.to)).toEqual(["enrolled"]);
    }
    const again = await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, { inmateIds: [ids[0]] });
    expect(again.body.errors).toEqual([
      expect.objectContaining({ index: 0, code: "enrollment/already-enrolled", field: "inmateIds.0" }),
    ]);
  });

  it("bounds a batch at 500 items, each named once, and answers 404 for a cohort outside the caller's reach", async () => {
    const cohortId = await cohort();
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const big = await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, {
      inmateIds: Array.from({ length: 501 }, (_, i) => id(i)),
    });
    expect([big.status, big.body.errors[0].field]).toEqual([422, "inmateIds"]);
    const twice = await t.post(`/api/v1/cohorts/${cohortId}/attendance`, {
      sessionDate: "2026-01-05",
      marks: [
        { enrollmentId: id(1), present: true },
        { enrollmentId: id(1), present: false },
      ],
    });
    expect([twice.status, twice.body.errors[0].field]).toEqual([422, "marks"]);
    const nowhere = await t.post(`/api/v1/cohorts/${id(9)}/assessments`, {
      assessments: [
        { enrollmentId: id(1), assessor: "A", assessedOn: "2026-01-09", units: all("competent") },
      ],
    });
    expect(nowhere.status).toBe(404);
  });

  it("records a whole session's attendance in one request, one audit entry per enrollment, all or none", async () => {
    const cohortId = await cohort();
    const ids = await inmates(3);
    const enrolled = await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, { inmateIds: ids });
    const eids: string[] = enrolled.body.items.map((e: { id: string }) => e.id);
    await update("cohorts", cohortId, { state: "running" });
    const before = await audits("record-attendance");

    const outside = await t.post(`/api/v1/cohorts/${cohortId}/attendance`, {
      sessionDate: "2026-02-01",
      marks: eids.map((enrollmentId) => ({ enrollmentId, present: true })),
    });
    expect([outside.status, outside.body.errors.map((e: { field: string }) => e.field)]).toEqual([
      422,
      ["sessionDate", "sessionDate", "sessionDate"],
    ]);
    const otherCohort = await cohort();
    const stranger = (
      await t.post(`/api/v1/cohorts/${otherCohort}/enrollments/batch`, { inmateIds: await inmates(1) })
    ).body.items[0].id;
    const mixed = await t.post(`/api/v1/cohorts/${cohortId}/attendance`, {
      sessionDate: "2026-01-05",
      marks: [
        { enrollmentId: eids[0], present: true },
        { enrollmentId: stranger, present: true },
      ],
    });
    expect([mixed.status, mixed.body.errors]).toEqual([
      422,
      [
        {
          index: 1,
          field: "marks.1.enrollmentId",
          code: "validation/reference",
          message: expect.any(String),
        },
      ],
    ]);
    const stale = await t.post(`/api/v1/cohorts/${cohortId}/attendance`, {
      sessionDate: "2026-01-05",
      marks: [{ enrollmentId: eids[0], present: true, revision: 7 }],
    });
    expect([stale.status, stale.body.errors[0].field, stale.body.errors[0].code]).toEqual([
      409,
      "marks.0.revision",
      "stale-revision",
    ]);
    expect(await audits("record-attendance")).toBe(before);
    expect(
      (await t.db.selectFrom("attendance").select("enrollmentId").where("enrollmentId", "in", eids).execute())
        .length,
    ).toBe(0);

    const res = await t.post(`/api/v1/cohorts/${cohortId}/attendance`, {
      sessionDate: "2026-01-05",
      marks: eids.map((enrollmentId, i) => ({ enrollmentId, present: i !== 2, revision: 1 })),
    });
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((e: { attendance: unknown[]; revision: number }) => [e.attendance, e.revision]),
    ).toEqual([
      [[{ sessionDate: "2026-01-05", present: true }], 2],
      [[{ sessionDate: "2026-01-05", present: true }], 2],
      [[{ sessionDate: "2026-01-05", present: false }], 2],
    ]);
    expect(await audits("record-attendance")).toBe(before + 3);
  });

  it("assesses many enrollments per unit in one request, keeping each assessment when one is re-assessed", async () => {
    const cohortId = await cohort();
    const ids = await inmates(2);
    const eids: string[] = (
      await t.post(`/api/v1/cohorts/${cohortId}/enrollments/batch`, { inmateIds: ids })
    ).body.items.map((e: { id: string }) => e.id);
    await update("cohorts", cohortId, { state: "running" });
    const before = await audits("assess");
    const wrong = await t.post(`/api/v1/cohorts/${cohortId}/assessments`, {
      assessments: [
        { enrollmentId: eids[0], assessor: "Asesor LSP", assessedOn: "2026-01-09", units: all("competent") },
        { enrollmentId: eids[1], assessor: "Asesor LSP", assessedOn: "2026-01-09", result: "competent" },
      ],
    });
    expect([wrong.status, wrong.body.errors]).toEqual([
      422,
      [
        {
          index: 1,
          field: "assessments.1.result",
          code: "enrollment/result-from-units",
          message: expect.any(String),
        },
      ],
    ]);
    expect(await audits("assess")).toBe(before);

    const first = await t.post(`/api/v1/cohorts/${cohortId}/assessments`, {
      assessments: [
        { enrollmentId: eids[0], assessor: "Asesor LSP", assessedOn: "2026-01-08", units: all("competent") },
        {
          enrollmentId: eids[1],
          assessor: "Asesor LSP",
          assessedOn: "2026-01-08",
          units: [
            { code: UNITS[0]!.code, result: "competent" },
            { code: UNITS[1]!.code, result: "not_yet_competent" },
          ],
        },
      ],
    });
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { assessment: { result: string } }) => e.assessment.result)).toEqual([
      "competent",
      "not_yet_competent",
    ]);
    const again = await t.post(`/api/v1/cohorts/${cohortId}/assessments`, {
      assessments: [
        {
          enrollmentId: eids[1],
          assessor: "Asesor LSP",
          assessedOn: "2026-01-09",
          notes: "asesmen ulang",
          units: [{ code: UNITS[1]!.code, result: "competent" }],
        },
      ],
    });
    expect(again.status).toBe(200);
    expect(again.body.items[0].assessment).toMatchObject({
      result: "competent",
      assessedOn: "2026-01-09",
      units: [
        { code: UNITS[0]!.code, result: "competent", assessedOn: "2026-01-08" },
        { code: UNITS[1]!.code, result: "competent", assessedOn: "2026-01-09" },
      ],
    });
    const history = await t.get(`/api/v1/enrollments/${eids[1]}/assessments`);
    expect(history.status).toBe(200);
    expect(
      history.body.items.map((a: { sequence: number; result: string; units: unknown[] }) => [
        a.sequence,
        a.result,
        a.units.length,
      ]),
    ).toEqual([
      [1, "not_yet_competent", 2],
      [2, "competent", 1],
    ]);
    expect(await audits("assess")).toBe(before + 3);
  });
});
