import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testBackends } from "../../testing/index.ts";
import { appendAssessment, listAssessments } from "./assessments.ts";
import { enrollmentSuite } from "./enrollment-rows.ts";
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
  const { db, fx, enrollment, newCohort, newInmate, enrolledOne } = enrollmentSuite(backend);

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

  it("stores the cohort's facility on each enrollment and never lets the two disagree", async () => {
    const { cohortId, e } = await enrolledOne();
    const facilityOf = async (id: string) =>
      (
        await db()
          .selectFrom("enrollments")
          .select("facilityId")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).facilityId;
    expect(await facilityOf(e.id)).toBe(fx.facilityId);
    await expect(
      db()
        .updateTable("enrollments")
        .set({ facilityId: fx.otherFacilityId })
        .where("id", "=", e.id)
        .execute(),
    ).rejects.toThrow();
    // A cohort's facility is frozen once enrolment opens; were one moved anyway, its enrollments' copy follows.
    await db()
      .updateTable("cohorts")
      .set({ facilityId: fx.otherFacilityId })
      .where("id", "=", cohortId)
      .execute();
    expect(await facilityOf(e.id)).toBe(fx.otherFacilityId);
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
});
