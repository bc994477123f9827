import { addDays, makeNik } from "@sinergi/domain";
import { signingFacts } from "../../resources/agreements/fixtures.ts";
import type { ApiTest } from "../../testing.ts";

/**
 * What the write tour arranges before each write: fresh resources in a given facility, made through the API
 * by the national admin and moved to the state a route needs, so no scenario depends on another.
 */

/** A facility of the demo data and what a scenario needs to know of it. */
export interface Place {
  readonly facilityId: string;
  readonly regionalOfficeId: string;
  /** A district of the facility's city, for NIKs of its inmates. */
  readonly districtCode: string;
}

/** What the scenarios build on. */
export interface World {
  readonly t: ApiTest;
  readonly medan: Place;
  readonly salatiga: Place;
  /** A partner for engagements and agreements. */
  readonly partnerId: string;
  /** A program with a certification scheme. */
  readonly programId: string;
  /** The codes of that scheme's competency units. */
  readonly unitCodes: readonly string[];
  /** Today in Asia/Jakarta: cohorts run around it, so certificates can be issued today. */
  readonly today: string;
  /** A number never handed out before, for unique names. */
  readonly seq: () => number;
}

/** A resource as the API returns it. */
export type Made = { readonly id: string; readonly revision: number; readonly [field: string]: unknown };
/** A JSON request body. */
export type Body = Record<string, unknown>;

/** Where the API lives. */
export const v1 = "/api/v1";
/** The ETag of a revision. */
export const etag = (x: { readonly revision: number }): string => `"${x.revision}"`;

/** POST as the national admin, to arrange a target; any refusal is a broken scenario. */
export async function made(w: World, path: string, body: unknown = {}): Promise<Made> {
  const res = await w.t.post(`${v1}${path}`, body);
  if (res.status >= 300) throw new Error(`arranging POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A lifecycle move as the national admin, at whatever revision the target has (If-Match: *). */
export async function moved(w: World, path: string, body: unknown = {}): Promise<Made> {
  const res = await w.t.post(`${v1}${path}`, body, { "if-match": "*" });
  if (res.status >= 300) throw new Error(`arranging POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** GET as the national admin. */
export async function fetched(w: World, path: string): Promise<Made> {
  const res = await w.t.get(`${v1}${path}`);
  if (res.status !== 200) throw new Error(`arranging GET ${path}: ${res.status}`);
  return res.body;
}

/** The states an agreement target is made in. */
export type AgreementState = "draft" | "proposed" | "negotiating" | "signed";

/** One activity of an action plan. */
export const activity = {
  activity: "Pemeriksaan kesehatan WBP",
  field: "health",
  target: { amount: 4, unit: "kali" },
};

/** A PKS of the facility in the given state, with an action plan of `items` activities. */
export async function agreement(w: World, at: Place, state: AgreementState, items = 0) {
  let a = await made(w, "/agreements", {
    kind: "pks",
    title: `PKS Layanan Kesehatan ${w.seq()}`,
    facilityId: at.facilityId,
    partnerIds: [w.partnerId],
    fields: ["health"],
  });
  const plan: Made[] = [];
  for (let i = 0; i < items; i += 1) plan.push(await made(w, `/agreements/${a.id}/action-items`, activity));
  if (state !== "draft") a = await moved(w, `/agreements/${a.id}/propose`);
  if (state === "negotiating" || state === "signed") a = await moved(w, `/agreements/${a.id}/negotiate`);
  if (state === "signed") a = await moved(w, `/agreements/${a.id}/sign`, signingFacts);
  return { agreement: a, items: plan };
}

/** An engagement of the facility with one open follow-up. */
export const engagement = (w: World, at: Place) =>
  made(w, "/engagements", {
    facilityId: at.facilityId,
    partnerIds: [w.partnerId],
    kind: "coordination",
    date: "2025-11-10",
    summary: "Koordinasi layanan kesehatan",
    followUps: [{ text: "Kirim data WBP", ownerName: "Kasi Pelayanan", dueDate: "2025-12-10" }],
  });

/** A licence applied for, or one granted in 2020 that lapsed in 2021 (so it may be recorded as expired). */
export const licence = (w: World, at: Place, lapsed: boolean) =>
  made(
    w,
    `/facilities/${at.facilityId}/licences`,
    lapsed
      ? {
          type: "hygiene_sanitation",
          issuer: "Dinas Kesehatan",
          status: "granted",
          number: `SLHS-${w.seq()}`,
          grantedOn: "2020-01-02",
          expiresOn: "2021-01-02",
        }
      : { type: "clinic", issuer: "Dinas Kesehatan" },
  );

/** Cohort dates around today, so certificates can be issued today. */
export const cohortDates = (w: World) => ({
  startDate: addDays(w.today, -10),
  endDate: addDays(w.today, 10),
});

/** The states a cohort target is made in. */
export type CohortState = "planned" | "open" | "running";

/** A cohort of the certified program at the facility (two sessions planned), moved to `state`. */
export async function cohort(w: World, at: Place, state: CohortState): Promise<Made> {
  let c = await made(w, "/cohorts", {
    programId: w.programId,
    facilityId: at.facilityId,
    name: `Angkatan Tur ${w.seq()}`,
    ...cohortDates(w),
    capacity: 5,
    plannedSessions: 2,
  });
  if (state !== "planned") c = await moved(w, `/cohorts/${c.id}/open`);
  if (state === "running") c = await moved(w, `/cohorts/${c.id}/start`);
  return c;
}

/** The body registering a convict of the facility (a fresh NIK and registration number each time). */
export function inmateBody(w: World, at: Place): Body {
  const n = w.seq();
  const birthDate = "1990-04-12";
  return {
    facilityId: at.facilityId,
    registrationNumber: `BI.${n}/2026`,
    name: `Warga Binaan ${n}`,
    nik: makeNik({ districtCode: at.districtCode, birthDate, sex: "male", serial: n }),
    sex: "male",
    birthDate,
    legalStatus: "convict",
    admissionDate: "2025-02-03",
    expectedReleaseDate: "2029-02-03",
  };
}

/** A convict of the facility. */
export const inmate = (w: World, at: Place) => made(w, "/inmates", inmateBody(w, at));

/** Presence at both planned sessions. */
export const attendance = (w: World) => ({
  sessions: [0, 1].map((i) => ({ sessionDate: addDays(cohortDates(w).startDate, i), present: true })),
});
/** An assessment on the second day, competent in every unit. */
export const assessment = (w: World) => ({
  units: w.unitCodes.map((code) => ({ code, result: "competent" })),
  assessor: "Asesor LSP",
  assessedOn: addDays(cohortDates(w).startDate, 1),
});

/** An inmate enrolled in a running cohort; `assessed` adds full attendance and a competent assessment. */
export async function enrollment(
  w: World,
  at: Place,
  stage: "enrolled" | "assessed" | "completed",
): Promise<Made> {
  const c = await cohort(w, at, "open");
  const i = await inmate(w, at);
  let e = await made(w, `/cohorts/${c.id}/enrollments`, { inmateId: i.id });
  await moved(w, `/cohorts/${c.id}/start`);
  if (stage === "enrolled") return e;
  e = await moved(w, `/enrollments/${e.id}/attendance`, attendance(w));
  e = await moved(w, `/enrollments/${e.id}/assess`, assessment(w));
  if (stage === "completed") e = await moved(w, `/enrollments/${e.id}/complete`);
  return e;
}

/** A viewer of the facility (made in the database); `disabled` disables it through the API. */
export async function viewer(w: World, at: Place, disabled = false): Promise<Made> {
  const u = await w.t.createUser("viewer", { kind: "facility", facilityId: at.facilityId });
  return disabled ? moved(w, `/users/${u.id}/disable`) : fetched(w, `/users/${u.id}`);
}

/** A key for a facility's reporting system. */
export const apiKeyBody = (w: World, at: Place): Body => ({
  name: `Dasbor laporan ${w.seq()}`,
  role: "viewer",
  scope: { kind: "facility", facilityId: at.facilityId },
  permissions: ["organisation:read", "statistics:read"],
});
