import { create, type Existing, existing, facilitySwap, fundingSwap, type Scenario } from "./kit.ts";
import { batchScenarios } from "./training-batches.ts";
import {
  agreement,
  assessment,
  attendance,
  type Body,
  type CohortState,
  cohort,
  cohortDates,
  enrollment,
  inmate,
  inmateBody,
  made,
  v1,
  type World,
} from "./world.ts";

/**
 * The write tour's scenarios for training: programs, cohorts, inmates, enrollments, certificates.
 */

/** A write to a fresh cohort of the facility, moved to `state`. */
const onCohort = (state: CohortState, action: string, body: Body, extra: Partial<Existing> = {}) =>
  existing({
    type: "cohort",
    action,
    table: "cohorts",
    path: (id) => `/cohorts/${id}`,
    make: (w, at) => cohort(w, at, state),
    body,
    ...extra,
  });

/** A move of a fresh enrollment (assessed first when the move completes it). */
const onEnrollment = (move: string, action: string, body: (w: World) => Body) =>
  existing({
    type: "enrollment",
    action,
    table: "enrollments",
    path: (id) => `/enrollments/${id}`,
    make: (w, at) => enrollment(w, at, move === "complete" ? "assessed" : "enrolled"),
    move,
    body,
  });

/** The tour of programs, cohorts, inmates, enrollments and certificates. */
export const trainingScenarios: Record<string, Scenario> = {
  "POST /api/v1/programs": create(
    "program",
    (id) => `/programs/${id}`,
    async (w, at) => ({
      url: `${v1}/programs`,
      body: {
        name: `Pelatihan Las ${w.seq()}`,
        track: "vocational",
        field: "welding",
        minAttendanceShare: 0.75,
        fundingAgreementId: (await agreement(w, at, "draft")).agreement.id,
      },
    }),
    // Programs are shared, but the agreement funding one must be the caller's to name.
    { swap: fundingSwap },
  ),
  "PATCH /api/v1/programs/:id": existing({
    type: "program",
    action: "update",
    table: "programs",
    path: (id) => `/programs/${id}`,
    // In the register of Medan's Kanwil, which Medan's admins edit.
    make: (w) =>
      made(w, "/programs", {
        name: `Pelatihan Las ${w.seq()}`,
        track: "vocational",
        field: "welding",
        ownerRegionalOfficeId: w.medan.regionalOfficeId,
      }),
    body: (w) => ({ name: `Pelatihan Las Lanjutan ${w.seq()}`, minAttendanceShare: 0.9 }),
    shared: true,
  }),
  "POST /api/v1/cohorts": create(
    "cohort",
    (id) => `/cohorts/${id}`,
    async (w, at) => ({
      url: `${v1}/cohorts`,
      body: {
        programId: w.programId,
        facilityId: at.facilityId,
        name: `Angkatan Tur ${w.seq()}`,
        ...cohortDates(w),
        capacity: 12,
        place: "Bengkel kerja",
        plannedSessions: 8,
      },
    }),
    { swap: facilitySwap },
  ),
  "PATCH /api/v1/cohorts/:id": onCohort(
    "planned",
    "update",
    { name: "Angkatan Revisi", capacity: 8 },
    {
      swap: facilitySwap,
    },
  ),
  "POST /api/v1/cohorts/:id/open": onCohort("planned", "move:open", {}),
  "POST /api/v1/cohorts/:id/start": onCohort("open", "move:start", { reason: "instruktur hadir" }),
  "POST /api/v1/cohorts/:id/complete": onCohort("running", "move:complete", {}),
  "POST /api/v1/cohorts/:id/cancel": onCohort("planned", "move:cancel", { reason: "instruktur berhalangan" }),
  "POST /api/v1/inmates": create(
    "inmate",
    (id) => `/inmates/${id}`,
    async (w, at) => ({ url: `${v1}/inmates`, body: inmateBody(w, at) }),
    { swap: facilitySwap },
  ),
  "PATCH /api/v1/inmates/:id": existing({
    type: "inmate",
    action: "update",
    table: "inmates",
    path: (id) => `/inmates/${id}`,
    make: inmate,
    // Clearing the NIK lets the birth date change (a NIK must agree with it).
    body: { name: "Nama Diperbaiki", birthDate: "1990-04-13", nik: null, expectedReleaseDate: "2030-01-01" },
  }),
  "POST /api/v1/cohorts/:id/enrollments": create(
    "enrollment",
    (id) => `/enrollments/${id}`,
    async (w, at) => {
      const c = await cohort(w, at, "open");
      const i = await inmate(w, at);
      return {
        url: `${v1}/cohorts/${c.id}/enrollments`,
        body: { inmateId: i.id },
        row: { table: "cohorts", id: c.id },
      };
    },
    {
      foreignTarget: true,
      swap: {
        foreign: async (w) => (await inmate(w, w.salatiga)).id,
        put: (b, id) => ({ ...b, inmateId: id }),
      },
    },
  ),
  "POST /api/v1/enrollments/:id/attendance": onEnrollment("attendance", "record-attendance", attendance),
  "POST /api/v1/enrollments/:id/assess": onEnrollment("assess", "assess", assessment),
  "POST /api/v1/enrollments/:id/complete": onEnrollment("complete", "move:complete", () => ({})),
  "POST /api/v1/enrollments/:id/withdraw": onEnrollment("withdraw", "move:withdraw", () => ({
    reason: "sakit",
  })),
  "POST /api/v1/enrollments/:id/transfer": onEnrollment("transfer", "move:transfer", () => ({
    reason: "dipindah ke Lapas",
  })),
  "POST /api/v1/enrollments/:id/release": onEnrollment("release", "move:release", () => ({
    reason: "bebas",
  })),
  "POST /api/v1/enrollments/:id/certificate": create(
    "certificate",
    (id) => `/certificates/${id}`,
    async (w, at) => {
      const e = await enrollment(w, at, "completed");
      return {
        url: `${v1}/enrollments/${e.id}/certificate`,
        body: {},
        row: { table: "enrollments", id: e.id },
      };
    },
    { foreignTarget: true },
  ),
  ...batchScenarios,
  "POST /api/v1/certificates/:id/revoke": existing({
    type: "certificate",
    action: "move:revoke",
    table: "certificates",
    path: (id) => `/certificates/${id}`,
    make: async (w, at) => made(w, `/enrollments/${(await enrollment(w, at, "completed")).id}/certificate`),
    body: { reason: "Data peserta keliru" },
  }),
};
