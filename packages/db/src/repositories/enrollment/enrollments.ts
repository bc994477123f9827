import type { Assessment, AttendanceRecord, Enrollment, EnrollmentState } from "@sinergi/domain";
import { type Selectable, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { type Page, paginate } from "../../pagination.ts";
import type { FindOptions } from "../../record-store.ts";
import type { EnrollmentsTable } from "../../schema/enrollment.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** Entity type under which enrollment moves are stored in lifecycle_history. */
export const ENROLLMENT_ENTITY = "enrollment";

/** A stored enrollment with its attendance. */
export interface EnrollmentRecord extends Enrollment {
  readonly enrolledAt: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A stored standing; one kept before units were (no `units`) reads with none. */
function toAssessment(value: unknown): Assessment | null {
  if (value === null || typeof value !== "object") return null;
  const a = value as Assessment;
  return { ...a, units: a.units ?? [] };
}

const toRecord = (row: Selectable<EnrollmentsTable>, attendance: AttendanceRecord[]): EnrollmentRecord => ({
  id: row.id,
  cohortId: row.cohortId,
  inmateId: row.inmateId,
  state: row.state as EnrollmentState,
  attendance,
  assessment: toAssessment(row.assessment),
  endReason: row.endReason,
  enrolledAt: row.enrolledAt,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

async function withAttendance(
  db: Executor,
  rows: Selectable<EnrollmentsTable>[],
): Promise<EnrollmentRecord[]> {
  if (rows.length === 0) return [];
  const marks = await db
    .selectFrom("attendance")
    .selectAll()
    .where(
      "enrollmentId",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("sessionDate")
    .execute();
  return rows.map((r) =>
    toRecord(
      r,
      marks
        .filter((m) => m.enrollmentId === r.id)
        .map((m) => ({ sessionDate: m.sessionDate, present: m.present })),
    ),
  );
}

/** Filters for listing enrollments. */
export interface EnrollmentListQuery {
  readonly cohortId?: string | undefined;
  readonly inmateId?: string | undefined;
  readonly state?: EnrollmentState | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** An enrollment as a read shows it: with its cohort's planned sessions (for the attendance share). */
export interface ReadEnrollment extends EnrollmentRecord {
  readonly plannedSessions: number | null;
}

// Attendance and the cohort's planned sessions ride in the row itself: a page is one statement, not a
// page plus an attendance query plus a cohort lookup.
const attendanceJson = sql<AttendanceRecord[]>`coalesce((
    select json_agg(json_build_object('sessionDate', a.session_date, 'present', a.present) order by a.session_date)
    from attendance a where a.enrollment_id = enrollments.id), '[]'::json)`;
const plannedSessions = sql<
  number | null
>`(select c.planned_sessions from cohorts c where c.id = enrollments.cohort_id)`;

// One object built from the row (no rest and spread copies: a list maps fifty of these).
const toRead = (
  row: Selectable<EnrollmentsTable> & { attendanceMarks: AttendanceRecord[]; plannedSessions: number | null },
): ReadEnrollment => ({
  id: row.id,
  cohortId: row.cohortId,
  inmateId: row.inmateId,
  state: row.state as EnrollmentState,
  attendance: row.attendanceMarks,
  assessment: toAssessment(row.assessment),
  endReason: row.endReason,
  enrolledAt: row.enrolledAt,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  plannedSessions: row.plannedSessions,
});

/** Lists enrollments, oldest first, each with its attendance and planned sessions, in one statement. */
export async function listEnrollments(db: Executor, q: EnrollmentListQuery): Promise<Page<ReadEnrollment>> {
  let qb = db
    .selectFrom("enrollments")
    .selectAll("enrollments")
    .select([attendanceJson.as("attendanceMarks"), plannedSessions.as("plannedSessions")]);
  if (q.cohortId) qb = qb.where("enrollments.cohortId", "=", q.cohortId);
  if (q.inmateId) qb = qb.where("enrollments.inmateId", "=", q.inmateId);
  if (q.state) qb = qb.where("enrollments.state", "=", q.state);
  const seen = seenBy("enrollment", q.viewer, "enrollments.id");
  if (seen) qb = qb.where(seen);
  return paginate(
    qb,
    {
      column: "enrollments.enrolledAt",
      columnType: "timestamptz",
      idColumn: "enrollments.id",
      direction: "asc",
      limit: q.limit,
      cursor: q.cursor,
    },
    toRead,
  );
}

/** One enrollment the viewer may see, with its attendance and planned sessions, in one statement. */
export async function readEnrollment(
  db: Executor,
  id: string,
  viewer: Viewer | undefined,
): Promise<ReadEnrollment | undefined> {
  let qb = db
    .selectFrom("enrollments")
    .selectAll("enrollments")
    .select([attendanceJson.as("attendanceMarks"), plannedSessions.as("plannedSessions")])
    .where("enrollments.id", "=", id);
  const seen = seenBy("enrollment", viewer, "enrollments.id");
  if (seen) qb = qb.where(seen);
  const row = await qb.executeTakeFirst();
  return row && toRead(row);
}

/** One enrollment, optionally locked. */
export async function findEnrollment(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<EnrollmentRecord | undefined> {
  let qb = db.selectFrom("enrollments").selectAll().where("id", "=", id);
  const seen = seenBy("enrollment", options.viewer, "enrollments.id");
  if (seen) qb = qb.where(seen);
  if (options.forUpdate) qb = qb.forUpdate();
  const row = await qb.executeTakeFirst();
  return row ? (await withAttendance(db, [row]))[0] : undefined;
}

/** How many live (enrolled or completed) enrollments a cohort has. */
export async function countCohortEnrollments(db: Executor, cohortId: string): Promise<number> {
  const r = await db
    .selectFrom("enrollments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("cohortId", "=", cohortId)
    .where("state", "in", ["enrolled", "completed"])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The inmate's other cohorts where the enrollment is still live, with their dates (for overlap checks). */
export async function activeCohortsOfInmate(db: Executor, inmateId: string) {
  return db
    .selectFrom("enrollments")
    .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
    .select(["cohorts.id", "cohorts.startDate", "cohorts.endDate", "enrollments.cohortId"])
    .where("enrollments.inmateId", "=", inmateId)
    .where("enrollments.state", "=", "enrolled")
    .execute();
}

/**
 * Locks the inmate's row for the rest of the transaction, so two enrolments of one inmate in different
 * cohorts at once cannot both pass the overlap check. False when there is no such inmate.
 */
export async function lockInmateForEnrolment(db: Executor, inmateId: string): Promise<boolean> {
  const r = await db
    .selectFrom("inmates")
    .select("id")
    .where("id", "=", inmateId)
    .forUpdate()
    .executeTakeFirst();
  return r !== undefined;
}

/** True when the inmate already has an enrollment (in any state) in the cohort. */
export async function isEnrolledIn(db: Executor, cohortId: string, inmateId: string): Promise<boolean> {
  const r = await db
    .selectFrom("enrollments")
    .select("id")
    .where("cohortId", "=", cohortId)
    .where("inmateId", "=", inmateId)
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * The cohort's facility, as an enrollment's insert stores it: read from the cohort in the insert itself,
 * so no caller can hand in another (the pair's foreign key would refuse it anyway).
 */
export const facilityOfCohort = (cohortId: string) =>
  sql<string>`(select c.facility_id from cohorts c where c.id = ${cohortId})`;

/** Inserts a new enrollment. */
export async function insertEnrollment(db: Executor, e: Enrollment, at: string): Promise<EnrollmentRecord> {
  const row = await db
    .insertInto("enrollments")
    .values({
      id: e.id,
      cohortId: e.cohortId,
      facilityId: facilityOfCohort(e.cohortId),
      inmateId: e.inmateId,
      state: e.state,
      assessment: e.assessment === null ? null : json(e.assessment),
      endReason: e.endReason,
      enrolledAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row, []);
}

/** Writes an enrollment's state, assessment, reason and attendance, bumping the revision. */
export async function saveEnrollment(db: Executor, e: Enrollment, at: string): Promise<EnrollmentRecord> {
  const row = await db
    .updateTable("enrollments")
    .set((eb) => ({
      state: e.state,
      assessment: e.assessment === null ? null : json(e.assessment),
      endReason: e.endReason,
      updatedAt: at,
      revision: eb("revision", "+", 1),
    }))
    .where("id", "=", e.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (e.attendance.length > 0)
    await db
      .insertInto("attendance")
      .values(
        e.attendance.map((a) => ({ enrollmentId: e.id, sessionDate: a.sessionDate, present: a.present })),
      )
      .onConflict((oc) =>
        oc
          .columns(["enrollmentId", "sessionDate"])
          .doUpdateSet((eb) => ({ present: eb.ref("excluded.present") })),
      )
      .execute();
  return (await withAttendance(db, [row]))[0]!;
}

/** Enrollments of one cohort by id (those not of the cohort are left out), optionally locked, in id order. */
export async function findCohortEnrollments(
  db: Executor,
  cohortId: string,
  ids: readonly string[],
  options: { forUpdate?: boolean } = {},
): Promise<EnrollmentRecord[]> {
  if (ids.length === 0) return [];
  // Locking in id order keeps two overlapping batches from deadlocking each other.
  let qb = db
    .selectFrom("enrollments")
    .selectAll()
    .where("cohortId", "=", cohortId)
    .where("id", "in", [...ids])
    .orderBy("id");
  if (options.forUpdate) qb = qb.forUpdate();
  return withAttendance(db, await qb.execute());
}

/** Of the given inmates, those already enrolled (in any state) in the cohort. */
export async function inmatesEnrolledIn(
  db: Executor,
  cohortId: string,
  inmateIds: readonly string[],
): Promise<Set<string>> {
  if (inmateIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("enrollments")
    .select("inmateId")
    .where("cohortId", "=", cohortId)
    .where("inmateId", "in", [...inmateIds])
    .execute();
  return new Set(rows.map((r) => r.inmateId));
}

/** The other cohorts each inmate is live in, with their dates (the bulk form of activeCohortsOfInmate). */
export async function activeCohortsOfInmates(db: Executor, inmateIds: readonly string[]) {
  const out = new Map<string, { id: string; startDate: string; endDate: string }[]>();
  if (inmateIds.length === 0) return out;
  const rows = await db
    .selectFrom("enrollments")
    .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
    .select(["enrollments.inmateId", "cohorts.id", "cohorts.startDate", "cohorts.endDate"])
    .where("enrollments.inmateId", "in", [...inmateIds])
    .where("enrollments.state", "=", "enrolled")
    .execute();
  for (const r of rows)
    out.set(r.inmateId, [
      ...(out.get(r.inmateId) ?? []),
      { id: r.id, startDate: r.startDate, endDate: r.endDate },
    ]);
  return out;
}

/** Locks the inmates' rows in id order (see lockInmateForEnrolment); returns the ids that exist. */
export async function lockInmatesForEnrolment(
  db: Executor,
  inmateIds: readonly string[],
): Promise<Set<string>> {
  if (inmateIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("inmates")
    .select("id")
    .where("id", "in", [...inmateIds])
    .orderBy("id")
    .forUpdate()
    .execute();
  return new Set(rows.map((r) => r.id));
}
