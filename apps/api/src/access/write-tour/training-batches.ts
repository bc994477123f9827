import { create, type Scenario } from "./kit.ts";
import { assessment, cohort, cohortDates, enrollment, inmate, type Made, v1, type World } from "./world.ts";

/**
 * The write tour's scenarios for the bulk training routes: each is toured with a batch of one, which must
 * leave exactly the one audit entry the single write would.
 */

/** A bulk write to a fresh enrollment of a running cohort, naming it in the body. */
const onCohortEnrollment = (
  action: string,
  path: string,
  body: (w: World, e: Made) => Record<string, unknown>,
  swapIn: (b: Record<string, unknown>, enrollmentId: string) => Record<string, unknown>,
): Scenario => ({
  type: "enrollment",
  action,
  status: 200,
  batch: true,
  read: (id) => `${v1}/enrollments/${id}`,
  foreignTarget: true,
  swap: { foreign: async (w) => (await enrollment(w, w.salatiga, "enrolled")).id, put: swapIn },
  prepare: async (w, at) => {
    const e = await enrollment(w, at, "enrolled");
    return {
      url: `${v1}/cohorts/${String(e.cohortId)}/${path}`,
      id: e.id,
      body: body(w, e),
      row: { table: "enrollments", id: e.id },
    };
  },
});

/** The tour of bulk enrolment, a session's attendance and bulk assessment. */
export const batchScenarios: Record<string, Scenario> = {
  "POST /api/v1/cohorts/:id/enrollments/batch": create(
    "enrollment",
    (id) => `/enrollments/${id}`,
    async (w, at) => {
      const c = await cohort(w, at, "open");
      const i = await inmate(w, at);
      return {
        url: `${v1}/cohorts/${c.id}/enrollments/batch`,
        body: { inmateIds: [i.id] },
        row: { table: "cohorts", id: c.id },
      };
    },
    {
      foreignTarget: true,
      batch: true,
      createdId: (body) => (body.items as { id: string }[])[0]!.id,
      swap: {
        foreign: async (w) => (await inmate(w, w.salatiga)).id,
        put: (b, id) => ({ ...b, inmateIds: [id] }),
      },
    },
  ),
  "POST /api/v1/cohorts/:id/attendance": onCohortEnrollment(
    "record-attendance",
    "attendance",
    (w, e) => ({ sessionDate: cohortDates(w).startDate, marks: [{ enrollmentId: e.id, present: true }] }),
    (b, id) => ({ ...b, marks: [{ enrollmentId: id, present: true }] }),
  ),
  "POST /api/v1/cohorts/:id/assessments": onCohortEnrollment(
    "assess",
    "assessments",
    (w, e) => ({ assessments: [{ enrollmentId: e.id, ...assessment(w) }] }),
    (b, id) => ({
      assessments: (b.assessments as Record<string, unknown>[]).map((a) => ({ ...a, enrollmentId: id })),
    }),
  ),
};
