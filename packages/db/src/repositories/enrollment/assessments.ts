import type { AssessmentRecord, AssessmentResult, UnitResult } from "@sinergi/domain";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";

/** A stored assessment: the record, its place in the enrollment's sequence, and who recorded it when. */
export interface StoredAssessment {
  readonly id: string;
  readonly sequence: number;
  readonly assessor: string;
  readonly assessedOn: string;
  readonly notes: string | null;
  readonly units: readonly UnitResult[];
  readonly result: AssessmentResult;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** Appends an assessment to the enrollment's history (call with the enrollment row locked). */
export async function appendAssessment(
  db: Executor,
  input: { id: string; enrollmentId: string; record: AssessmentRecord; at: string; actor: string },
): Promise<StoredAssessment> {
  const last = await db
    .selectFrom("enrollmentAssessments")
    .select((eb) => eb.fn.max("sequence").as("n"))
    .where("enrollmentId", "=", input.enrollmentId)
    .executeTakeFirst();
  const row = await db
    .insertInto("enrollmentAssessments")
    .values({
      id: input.id,
      enrollmentId: input.enrollmentId,
      sequence: Number(last?.n ?? 0) + 1,
      assessor: input.record.assessor,
      assessedOn: input.record.assessedOn,
      notes: input.record.notes ?? null,
      units: json(input.record.units),
      result: input.record.result,
      recordedAt: input.at,
      recordedBy: input.actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStored(row);
}

const toStored = (row: {
  id: string;
  sequence: number;
  assessor: string;
  assessedOn: string;
  notes: string | null;
  units: unknown;
  result: string;
  recordedAt: string;
  recordedBy: string;
}): StoredAssessment => ({
  id: row.id,
  sequence: row.sequence,
  assessor: row.assessor,
  assessedOn: row.assessedOn,
  notes: row.notes,
  units: row.units as UnitResult[],
  result: row.result as AssessmentResult,
  recordedAt: row.recordedAt,
  recordedBy: row.recordedBy,
});

/** Every assessment of an enrollment, first to last. */
export async function listAssessments(db: Executor, enrollmentId: string): Promise<StoredAssessment[]> {
  const rows = await db
    .selectFrom("enrollmentAssessments")
    .selectAll()
    .where("enrollmentId", "=", enrollmentId)
    .orderBy("sequence")
    .execute();
  return rows.map(toStored);
}
