import type { Executor } from "../../connection.ts";
import { listHistory } from "../../history.ts";

/**
 * Everything kept about one inmate beyond its own row, for an export on request (UU PDP): its
 * enrollments with their cohort's name and attendance, its certificates, the enrollments' lifecycle
 * history and who read or changed the record (the audit trail).
 */
export async function inmateRecordExport(db: Executor, inmateId: string) {
  const enrollments = await db
    .selectFrom("enrollments")
    .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
    .select([
      "enrollments.id",
      "enrollments.cohortId",
      "cohorts.name as cohortName",
      "enrollments.state",
      "enrollments.assessment",
      "enrollments.endReason",
      "enrollments.enrolledAt",
    ])
    .where("enrollments.inmateId", "=", inmateId)
    .orderBy("enrollments.enrolledAt")
    .execute();
  const ids = enrollments.map((e) => e.id);
  const attendance = ids.length
    ? await db
        .selectFrom("attendance")
        .selectAll()
        .where("enrollmentId", "in", ids)
        .orderBy("sessionDate")
        .execute()
    : [];
  const certificates = ids.length
    ? await db.selectFrom("certificates").selectAll().where("enrollmentId", "in", ids).execute()
    : [];
  const history = [];
  for (const e of enrollments)
    history.push(...(await listHistory(db, "enrollment", e.id)).map((h) => ({ enrollmentId: e.id, ...h })));
  const audit = await db
    .selectFrom("auditLog")
    .select(["at", "actorId", "actorKind", "action", "requestId"])
    .where("resourceType", "=", "inmate")
    .where("resourceId", "=", inmateId)
    .orderBy("id")
    .execute();
  return {
    enrollments: enrollments.map((e) => ({
      ...e,
      attendance: attendance.filter((a) => a.enrollmentId === e.id),
    })),
    certificates,
    history,
    audit,
  };
}
