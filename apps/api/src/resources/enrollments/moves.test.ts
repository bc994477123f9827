import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../../testing.ts";
import {
  type CertificateOrg,
  insertCertificateOrg,
  insertCohort,
  insertInmate,
} from "../certificates/fixtures.ts";

const days = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"];
const competent = {
  units: [{ code: "I.56PAR00.001.2", result: "competent" }],
  assessor: "Asesor LSP",
  assessedOn: "2026-01-09",
};

describeApi("enrollment moves", (t) => {
  let org: CertificateOrg;
  const enrol = (cohortId: string, inmateId: string) =>
    t.post(`/api/v1/cohorts/${cohortId}/enrollments`, { inmateId });
  const setCohort = (id: string, state: string) =>
    t.db.updateTable("cohorts").set({ state }).where("id", "=", id).execute();
  const row = (id: string) =>
    t.db.selectFrom("enrollments").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const attendanceRows = async (id: string) =>
    (await t.db.selectFrom("attendance").select("sessionDate").where("enrollmentId", "=", id).execute())
      .length;
  /** An enrollment in a cohort that is running (or in `state`). */
  const enrolled = async (state = "running") => {
    const cohortId = await insertCohort(t.db, org);
    const res = await enrol(cohortId, await insertInmate(t.db, org));
    expect(res.status).toBe(201);
    await setCohort(cohortId, state);
    return { id: res.body.id as string, cohortId };
  };

  beforeAll(async () => {
    org = await insertCertificateOrg(t.db);
  });

  it("never overfills a cohort when two enrolments arrive at once", async () => {
    const cohortId = await insertCohort(t.db, org, { capacity: 1 });
    const [a, b] = [await insertInmate(t.db, org), await insertInmate(t.db, org)];
    const results = await Promise.all([enrol(cohortId, a), enrol(cohortId, b)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe("enrollment/cohort-full");
    const rows = await t.db.selectFrom("enrollments").select("id").where("cohortId", "=", cohortId).execute();
    expect(rows).toHaveLength(1);
  });

  it("never puts one inmate in two overlapping cohorts when both enrolments arrive at once", async () => {
    const [c1, c2] = [await insertCohort(t.db, org), await insertCohort(t.db, org)];
    const inmateId = await insertInmate(t.db, org);
    const results = await Promise.all([enrol(c1, inmateId), enrol(c2, inmateId)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe("enrollment/overlapping-cohort");
  });

  it("completes a non-certified run only after attendance; a certified one needs the assessment", async () => {
    const { id } = await enrolled();
    const att = await t.post(
      `/api/v1/enrollments/${id}/attendance`,
      {
        sessions: days.map((sessionDate) => ({ sessionDate, present: true })),
      },
      anyRevision,
    );
    expect([att.status, att.body.attendanceShare]).toEqual([200, 1]);
    const noAssessment = await t.post(`/api/v1/enrollments/${id}/complete`, {}, anyRevision);
    expect([noAssessment.status, noAssessment.body.code]).toEqual([409, "enrollment/assessment-required"]);
    expect((await row(id)).state).toBe("enrolled");
  });

  it("takes attendance and assessments only while the cohort runs, and assesses at its completion", async () => {
    const { id, cohortId } = await enrolled("open");
    const att = await t.post(
      `/api/v1/enrollments/${id}/attendance`,
      {
        sessions: [{ sessionDate: days[0], present: true }],
      },
      anyRevision,
    );
    expect([att.status, att.body.code]).toEqual([409, "enrollment/cohort-not-running"]);
    const assess = await t.post(`/api/v1/enrollments/${id}/assess`, competent, anyRevision);
    expect([assess.status, assess.body.code]).toEqual([409, "enrollment/cohort-not-running"]);
    expect(await row(id)).toMatchObject({ revision: 1, assessment: null });
    await setCohort(cohortId, "completed");
    const late = await t.post(
      `/api/v1/enrollments/${id}/assess`,
      { ...competent, notes: "praktik baik" },
      anyRevision,
    );
    expect(late.status).toBe(200);
    expect(late.body.assessment).toEqual({
      result: "competent",
      assessor: "Asesor LSP",
      assessedOn: "2026-01-09",
      notes: "praktik baik",
      units: [
        { code: "I.56PAR00.001.2", title: "Memotong rambut", result: "competent", assessedOn: "2026-01-09" },
      ],
    });
  });

  it("transfers and withdraws with a reason kept in the history, then refuses every further move", async () => {
    const transferred = await enrolled();
    const res = await t.post(
      `/api/v1/enrollments/${transferred.id}/transfer`,
      {
        reason: "dipindahkan ke Lapas Kelas I Medan",
      },
      anyRevision,
    );
    expect(res.body).toMatchObject({ state: "transferred", endReason: "dipindahkan ke Lapas Kelas I Medan" });
    const history = await t.get(`/api/v1/enrollments/${transferred.id}/history`);
    expect(history.body).toMatchObject([
      { from: null, to: "enrolled" },
      { from: "enrolled", to: "transferred", reason: "dipindahkan ke Lapas Kelas I Medan" },
    ]);
    const withdrawn = await enrolled();
    const w = await t.post(`/api/v1/enrollments/${withdrawn.id}/withdraw`, { reason: "sakit" }, anyRevision);
    expect(w.body.state).toBe("withdrawn");
    for (const [path, body] of [
      ["complete", {}],
      ["release", { reason: "bebas" }],
      ["transfer", { reason: "pindah" }],
      ["assess", competent],
      ["attendance", { sessions: [{ sessionDate: days[0], present: true }] }],
    ] as const) {
      const r = await t.post(`/api/v1/enrollments/${withdrawn.id}/${path}`, body, anyRevision);
      expect([r.status, r.body.code], path).toEqual([409, "enrollment/illegal-transition"]);
    }
    expect(await row(withdrawn.id)).toMatchObject({ state: "withdrawn", revision: 2 });
  });

  it("answers bad attendance and assessment input with 422 naming each field, changing nothing", async () => {
    const { id } = await enrolled();
    const bad: [string, unknown, string[]][] = [
      ["attendance", { sessions: "all" }, ["sessions"]],
      ["attendance", { sessions: [] }, ["sessions"]],
      ["attendance", { sessions: [{ sessionDate: days[0], present: "yes" }] }, ["sessions.0.present"]],
      [
        "attendance",
        {
          sessions: [
            { sessionDate: days[0], present: true },
            { sessionDate: days[0], present: false },
          ],
        },
        ["sessions"],
      ],
      [
        "attendance",
        { sessions: [{ sessionDate: days[0], present: true, late: true }] },
        ["sessions.0.late"],
      ],
      ["assess", { ...competent, units: [{ code: "I.56PAR00.001.2", result: "lulus" }] }, ["units.0.result"]],
      ["assess", { ...competent, assessedOn: "2023-02-30" }, ["assessedOn"]],
      ["assess", { ...competent, assessor: 5, grade: "A" }, ["assessor", "grade"]],
      ["withdraw", { reason: "x", at: "2026-01-06" }, ["at"]],
      ["complete", { force: true }, ["force"]],
    ];
    for (const [path, body, fields] of bad) {
      const res = await t.post(`/api/v1/enrollments/${id}/${path}`, body, anyRevision);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
    }
    expect(await row(id)).toMatchObject({ state: "enrolled", revision: 1, assessment: null });
    expect(await attendanceRows(id)).toBe(0);
  });

  it("refuses a stale If-Match on attendance and assessment with 412, writing nothing", async () => {
    const { id } = await enrolled();
    const att = await t.post(
      `/api/v1/enrollments/${id}/attendance`,
      { sessions: [{ sessionDate: days[0], present: true }] },
      { "if-match": '"5"' },
    );
    expect(att.status).toBe(412);
    const assess = await t.post(`/api/v1/enrollments/${id}/assess`, competent, { "if-match": '"0"' });
    expect(assess.status).toBe(412);
    expect(await attendanceRows(id)).toBe(0);
    expect(await row(id)).toMatchObject({ revision: 1, assessment: null });
    const ok = await t.post(
      `/api/v1/enrollments/${id}/attendance`,
      { sessions: [{ sessionDate: days[0], present: true }] },
      { "if-match": '"1"' },
    );
    expect([ok.status, ok.headers.get("etag")]).toEqual([200, '"2"']);
  });

  it("reads one enrollment, lists by inmate and state, and answers 404 or 400 for unknown ids and filters", async () => {
    const { id } = await enrolled();
    const one = await t.get(`/api/v1/enrollments/${id}`);
    expect([one.status, one.headers.get("etag"), one.body.state]).toEqual([200, '"1"', "enrolled"]);
    const byInmate = await t.get(`/api/v1/enrollments?inmateId=${one.body.inmateId}&state=enrolled`);
    expect(byInmate.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    const none = await t.get(`/api/v1/enrollments?inmateId=${one.body.inmateId}&state=completed`);
    expect(none.body.items).toEqual([]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await t.get(`/api/v1/enrollments/${unknown}`)).status).toBe(404);
    expect((await t.get(`/api/v1/enrollments/${unknown}/history`)).status).toBe(404);
    expect(
      (await t.post(`/api/v1/enrollments/${unknown}/withdraw`, { reason: "x" }, anyRevision)).status,
    ).toBe(404);
    expect((await t.post(`/api/v1/cohorts/${unknown}/enrollments`, { inmateId: unknown })).status).toBe(404);
    const badState = await t.get("/api/v1/enrollments?state=graduated");
    expect([badState.status, badState.body.errors[0].field]).toEqual([400, "query.state"]);
    const badId = await t.get("/api/v1/enrollments?cohortId=7");
    expect([badId.status, badId.body.errors[0].field]).toEqual([400, "query.cohortId"]);
  });
});
