import { addDays } from "@sinergi/domain";
import { signingFacts } from "../resources/agreements/fixtures.ts";
import {
  type AgreementState,
  activity,
  agreement,
  apiKeyBody,
  assessment,
  attendance,
  type Body,
  type CohortState,
  cohort,
  cohortDates,
  engagement,
  enrollment,
  etag,
  fetched,
  inmate,
  inmateBody,
  licence,
  type Made,
  made,
  type Place,
  v1,
  viewer,
  type World,
} from "./write-tour.world.ts";

/**
 * The write tour's scenarios: for every write route, how to make a target in a facility (Rutan Medan for the
 * write that must succeed, Rutan Salatiga for the same write that must be refused), a valid body, and where
 * the audited resource reads back.
 */

/** A table row a refused write must leave exactly as it was. */
export interface RowRef {
  readonly table: string;
  readonly id: string;
}

/** One write, ready to send. */
export interface Target {
  /** The concrete path. */
  readonly url: string;
  readonly body?: Record<string, unknown>;
  /** The audited resource of a write to an existing one (a create's comes from the response). */
  readonly id?: string;
  /** The parent a nested resource is read under (an agreement, a facility). */
  readonly parent?: string;
  readonly ifMatch?: string;
  /** The row the write targets, or creates under. */
  readonly row?: RowRef;
}

/** A reference in the body, swapped for something outside Medan (and, to compare, for a missing id). */
export interface Swap {
  /** The id of something that exists outside Medan's scope. */
  readonly foreign: (w: World) => Promise<string>;
  readonly put: (body: Record<string, unknown>, id: string) => Record<string, unknown>;
}

/** How one write route is toured. */
export interface Scenario {
  /** The audit entry's resource type and action. */
  readonly type: string;
  readonly action: string;
  /** 201 creates (the entry's before is null), 204 deletes (its after is null), 200 changes. */
  readonly status: 200 | 201 | 204;
  /** Where the national admin reads the audited resource (a list is searched for the id). */
  readonly read: (id: string, target: Target) => string;
  readonly prepare: (w: World, at: Place) => Promise<Target>;
  /** Written in scope by the national admin (the route needs a national role); else by Medan's facility admin. */
  readonly national?: true;
  /** The same write to the equivalent resource of Salatiga must be refused like one to a missing id. */
  readonly foreignTarget?: true;
  /** The body names something; naming it outside Medan must be refused like naming a missing one. */
  readonly swap?: Swap;
}

/** A write to an existing resource, made fresh in the facility by `make`. */
interface Existing {
  readonly type: string;
  readonly action: string;
  /** The table holding the resource. */
  readonly table: string;
  /** The resource's own path under /api/v1 (where it is read and patched). */
  readonly path: (id: string, parent: string | undefined) => string;
  readonly make: (w: World, at: Place) => Promise<Made>;
  /** The move's last path segment (by default the action's name after `move:`; none for PATCH and DELETE). */
  readonly move?: string;
  readonly body?: Body | ((w: World) => Body);
  /** Where a nested resource's parent id is found on it. */
  readonly parent?: string;
  readonly status?: 200 | 201 | 204;
  /** Where it is read, when not at its own path. */
  readonly read?: (id: string, parent: string | undefined) => string;
  /** Shared data (partners, programs, offices): no facility to be outside of. */
  readonly shared?: true;
  readonly national?: true;
  readonly swap?: Swap;
}

function existing(o: Existing): Scenario {
  const path = (id: string, parent: string | undefined) => `${v1}${o.path(id, parent)}`;
  const move = o.move ?? (o.action.startsWith("move:") ? o.action.slice(5) : undefined);
  return {
    type: o.type,
    action: o.action,
    status: o.status ?? 200,
    read: (id, target) => `${v1}${(o.read ?? o.path)(id, target.parent)}`,
    ...(o.shared ? {} : { foreignTarget: true as const }),
    ...(o.national ? { national: true as const } : {}),
    ...(o.swap ? { swap: o.swap } : {}),
    prepare: async (w, at) => {
      const x = await o.make(w, at);
      const parent = o.parent === undefined ? undefined : String(x[o.parent]);
      const body = typeof o.body === "function" ? o.body(w) : o.body;
      return {
        url: `${path(x.id, parent)}${move ? `/${move}` : ""}`,
        id: x.id,
        ...(parent === undefined ? {} : { parent }),
        ...(body === undefined ? {} : { body }),
        ifMatch: etag(x),
        row: { table: o.table, id: x.id },
      };
    },
  };
}

const onAgreement = (state: AgreementState, action: string, body: Body, extra: Partial<Existing> = {}) =>
  existing({
    type: "agreement",
    action,
    table: "agreements",
    path: (id) => `/agreements/${id}`,
    make: async (w, at) => (await agreement(w, at, state)).agreement,
    body,
    ...extra,
  });

const onActionItem = (state: AgreementState, action: string, body: Body) =>
  existing({
    type: "action_item",
    action,
    table: "action_items",
    path: (id, agreementId) => `/agreements/${agreementId}/action-items/${id}`,
    parent: "agreementId",
    make: async (w, at) => (await agreement(w, at, state, 1)).items[0]!,
    body,
  });

const onEngagement = (action: string, status: 200 | 204, body?: Body) =>
  existing({
    type: "engagement",
    action,
    table: "engagements",
    path: (id) => `/engagements/${id}`,
    make: engagement,
    status,
    ...(body ? { body } : {}),
  });

const onFollowUp = (action: string, body: Body) =>
  existing({
    type: "follow_up",
    action,
    table: "follow_ups",
    path: (id) => `/follow-ups/${id}`,
    make: async (w, at) => ((await engagement(w, at)).followUps as Made[])[0]!,
    body,
  });

const onLicence = (action: string, body: Body, lapsed = false) =>
  existing({
    type: "licence",
    action,
    table: "facility_licences",
    path: (id) => `/licences/${id}`,
    make: (w, at) => licence(w, at, lapsed),
    ...(action === "update" ? {} : { move: action }),
    body,
  });

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

const onUser = (action: string, extra: Partial<Existing> = {}) =>
  existing({
    type: "user",
    action,
    table: "users",
    path: (id) => `/users/${id}`,
    make: (w, at) => viewer(w, at, action === "move:enable"),
    ...extra,
  });

/** API keys have no read of one: they are found in the list. */
const apiKeyList = () => "/api-keys?limit=200";

/** Swaps the body's facility for another one. */
const facilitySwap: Swap = {
  foreign: async (w) => w.salatiga.facilityId,
  put: (body, id) => ({ ...body, facilityId: id }),
};
/** Swaps the body's funding agreement for one of another facility. */
const fundingSwap: Swap = {
  foreign: async (w) => (await agreement(w, w.salatiga, "draft")).agreement.id,
  put: (body, id) => ({ ...body, fundingAgreementId: id }),
};
/** Swaps the body's scope for another facility's. */
const scopeSwap: Swap = {
  foreign: async (w) => w.salatiga.facilityId,
  put: (body, id) => ({ ...body, scope: { kind: "facility", facilityId: id } }),
};

/** A create: a POST whose audited resource is the one the response returns. */
function create(
  type: string,
  read: (id: string, parent: string | undefined) => string,
  prepare: (w: World, at: Place) => Promise<Target>,
  extra: Partial<Pick<Scenario, "national" | "foreignTarget" | "swap">> = {},
): Scenario {
  return {
    type,
    action: "create",
    status: 201,
    read: (id, target) => `${v1}${read(id, target.parent)}`,
    prepare,
    ...extra,
  };
}

/** Every write route that needs a permission (or a national role), keyed "METHOD /api/v1/path". */
export const scenarios: Record<string, Scenario> = {
  "POST /api/v1/regional-offices": create(
    "regional_office",
    (id) => `/regional-offices/${id}`,
    async (w) => ({
      url: `${v1}/regional-offices`,
      body: { name: `Kanwil Papua ${w.seq()}`, provinceCode: "94" },
    }),
    { national: true },
  ),
  "PATCH /api/v1/regional-offices/:id": existing({
    type: "regional_office",
    action: "update",
    table: "regional_offices",
    path: (id) => `/regional-offices/${id}`,
    make: (w, at) => fetched(w, `/regional-offices/${at.regionalOfficeId}`),
    body: (w) => ({ name: `Kanwil Sumatera Utara ${w.seq()}` }),
    national: true,
    shared: true,
  }),
  "POST /api/v1/facilities": create(
    "facility",
    (id) => `/facilities/${id}`,
    async (w, at) => ({
      url: `${v1}/facilities`,
      body: {
        regionalOfficeId: at.regionalOfficeId,
        kind: "lapas",
        class: "IIA",
        name: `Lapas Tur ${w.seq()}`,
        regencyCode: "12.71",
        capacity: 800,
      },
    }),
    {
      national: true,
      // No facility role may place a facility: naming another office must read like naming none.
      swap: {
        foreign: async (w) => w.salatiga.regionalOfficeId,
        put: (b, id) => ({ ...b, regionalOfficeId: id }),
      },
    },
  ),
  "PATCH /api/v1/facilities/:id": existing({
    type: "facility",
    action: "update",
    table: "facilities",
    path: (id) => `/facilities/${id}`,
    make: (w, at) => fetched(w, `/facilities/${at.facilityId}`),
    body: (w) => ({ capacity: 3000 + w.seq(), head: { name: "Kepala Baru", title: "Kepala Rutan" } }),
  }),
  "POST /api/v1/facilities/:id/population-snapshots": create(
    "population_snapshot",
    (_id, facilityId) => `/facilities/${facilityId}/population-snapshots?sort=takenOn&limit=200`,
    async (w, at) => ({
      url: `${v1}/facilities/${at.facilityId}/population-snapshots`,
      parent: at.facilityId,
      body: {
        takenOn: addDays("2001-01-01", w.seq()),
        total: 10,
        detainees: 4,
        convicts: 6,
        byDomicile: [{ regencyCode: "12.71", count: 7 }],
      },
      row: { table: "facilities", id: at.facilityId },
    }),
    { foreignTarget: true },
  ),
  "POST /api/v1/facilities/:id/licences": create(
    "licence",
    (id) => `/licences/${id}`,
    async (_w, at) => ({
      url: `${v1}/facilities/${at.facilityId}/licences`,
      body: { type: "primary_clinic", issuer: "Dinas Kesehatan", appliedOn: "2026-02-02" },
      row: { table: "facilities", id: at.facilityId },
    }),
    { foreignTarget: true },
  ),
  "PATCH /api/v1/licences/:id": onLicence("update", { issuer: "Dinas Kesehatan Provinsi", notes: "lengkap" }),
  "POST /api/v1/licences/:id/grant": onLicence("grant", {
    number: "503/KLINIK/2026",
    grantedOn: "2026-01-10",
    expiresOn: "2029-01-10",
  }),
  "POST /api/v1/licences/:id/revoke": onLicence("revoke", { reason: "Permohonan ditolak" }),
  "POST /api/v1/licences/:id/expire": onLicence("expire", {}, true),
  "POST /api/v1/partners": create(
    "partner",
    (id) => `/partners/${id}`,
    async (w) => ({
      url: `${v1}/partners`,
      body: { kind: "training_provider", name: `BLK Tur ${w.seq()}`, fields: ["manpower"] },
    }),
  ),
  "PATCH /api/v1/partners/:id": existing({
    type: "partner",
    action: "update",
    table: "partners",
    path: (id) => `/partners/${id}`,
    make: (w) => made(w, "/partners", { kind: "training_provider", name: `BLK Tur ${w.seq()}` }),
    body: (w) => ({ name: `BLK Tur ${w.seq()}`, fields: ["manpower", "trade"] }),
    shared: true,
  }),
  "POST /api/v1/engagements": create(
    "engagement",
    (id) => `/engagements/${id}`,
    async (w, at) => ({
      url: `${v1}/engagements`,
      body: {
        facilityId: at.facilityId,
        partnerIds: [w.partnerId],
        kind: "audience",
        date: "2025-10-01",
        place: "Kantor Wali Kota",
        summary: "Audiensi pelatihan bersertifikat",
        outcomes: ["Pemko mendukung sertifikasi"],
        followUps: [{ text: "Susun draf PKS", ownerName: "Kasi Giatja", dueDate: "2025-11-01" }],
      },
    }),
    { swap: facilitySwap },
  ),
  "PATCH /api/v1/engagements/:id": onEngagement("update", 200, {
    summary: "Koordinasi diperluas",
    place: "Aula Rutan",
    kind: "monitoring",
  }),
  "DELETE /api/v1/engagements/:id": onEngagement("delete", 204),
  "POST /api/v1/engagements/:id/follow-ups": create(
    "follow_up",
    (id) => `/follow-ups/${id}`,
    async (w, at) => {
      const e = await engagement(w, at);
      return {
        url: `${v1}/engagements/${e.id}/follow-ups`,
        body: { text: "Jadwalkan penandatanganan", ownerName: "Kepala Rutan", dueDate: "2025-12-20" },
        row: { table: "engagements", id: e.id },
      };
    },
    { foreignTarget: true },
  ),
  "PATCH /api/v1/follow-ups/:id": onFollowUp("update", { ownerName: "Kasi Giatja", dueDate: "2025-12-31" }),
  "POST /api/v1/follow-ups/:id/done": onFollowUp("move:done", { note: "Data sudah dikirim" }),
  "POST /api/v1/follow-ups/:id/dropped": onFollowUp("move:dropped", { reason: "Tidak diperlukan lagi" }),
  "POST /api/v1/agreements": create(
    "agreement",
    (id) => `/agreements/${id}`,
    async (w, at) => ({
      url: `${v1}/agreements`,
      body: {
        kind: "pks",
        title: `PKS Pelatihan Kerja ${w.seq()}`,
        facilityId: at.facilityId,
        partnerIds: [w.partnerId],
        fields: ["manpower"],
        startDate: "2026-01-01",
        endDate: "2027-12-31",
      },
    }),
    { swap: facilitySwap },
  ),
  "PATCH /api/v1/agreements/:id": onAgreement(
    "draft",
    "update",
    { title: "PKS Layanan Kesehatan (revisi)", fields: ["health", "education"] },
    { swap: facilitySwap },
  ),
  "POST /api/v1/agreements/:id/propose": onAgreement("draft", "move:propose", { reason: "dikirim" }),
  "POST /api/v1/agreements/:id/negotiate": onAgreement("proposed", "move:negotiate", {}),
  "POST /api/v1/agreements/:id/sign": onAgreement("negotiating", "move:sign", signingFacts),
  "POST /api/v1/agreements/:id/terminate": onAgreement("signed", "move:terminate", {
    reason: "Mitra dilebur",
    date: "2025-06-30",
  }),
  "POST /api/v1/agreements/:id/withdraw": onAgreement("draft", "move:withdraw", { reason: "batal" }),
  "POST /api/v1/agreements/:id/amend": onAgreement("signed", "move:amend", {
    reason: "Addendum I",
    signedDocument: { fileName: "addendum-1.pdf", mediaType: "application/pdf", sha256: "b".repeat(64) },
    title: "PKS Layanan Kesehatan (addendum I)",
  }),
  // Renewing creates the successor: the entry is about it, and the predecessor must stay as it was.
  "POST /api/v1/agreements/:id/renew": onAgreement(
    "signed",
    "move:renew",
    { reason: "perpanjangan" },
    {
      status: 201,
    },
  ),
  "POST /api/v1/agreements/:id/action-items": create(
    "action_item",
    (id, agreementId) => `/agreements/${agreementId}/action-items/${id}`,
    async (w, at) => {
      const { agreement: a } = await agreement(w, at, "draft");
      return {
        url: `${v1}/agreements/${a.id}/action-items`,
        parent: a.id,
        body: { ...activity, dueDate: "2026-06-30", evidence: [{ label: "Jadwal puskesmas" }] },
        row: { table: "agreements", id: a.id },
      };
    },
    { foreignTarget: true },
  ),
  "PATCH /api/v1/agreements/:id/action-items/:itemId": onActionItem("draft", "update", {
    activity: "Pemeriksaan gigi WBP",
    target: { amount: 6, unit: "kali" },
  }),
  "POST /api/v1/agreements/:id/action-items/:itemId/realisations": onActionItem(
    "signed",
    "move:realisations",
    {
      amount: 2,
      evidence: [{ label: "Daftar hadir", date: "2025-01-15" }],
    },
  ),
  "POST /api/v1/agreements/:id/action-items/:itemId/complete": onActionItem("draft", "move:complete", {
    reason: "selesai",
  }),
  "POST /api/v1/agreements/:id/action-items/:itemId/cancel": onActionItem("draft", "move:cancel", {
    reason: "batal",
  }),
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
    make: (w) =>
      made(w, "/programs", { name: `Pelatihan Las ${w.seq()}`, track: "vocational", field: "welding" }),
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
  "POST /api/v1/certificates/:id/revoke": existing({
    type: "certificate",
    action: "move:revoke",
    table: "certificates",
    path: (id) => `/certificates/${id}`,
    make: async (w, at) => made(w, `/enrollments/${(await enrollment(w, at, "completed")).id}/certificate`),
    body: { reason: "Data peserta keliru" },
  }),
  "POST /api/v1/users": create(
    "user",
    (id) => `/users/${id}`,
    async (w, at) => ({
      url: `${v1}/users`,
      body: {
        email: `petugas.${w.seq()}@tour.sinergi`,
        name: "Petugas Registrasi",
        password: `sandi-rahasia-${w.seq()}-panjang`,
        role: "viewer",
        scope: { kind: "facility", facilityId: at.facilityId },
      },
    }),
    { swap: scopeSwap },
  ),
  "PATCH /api/v1/users/:id": onUser("update", {
    body: { name: "Petugas Pindahan", role: "facility_staff" },
    swap: scopeSwap,
  }),
  "POST /api/v1/users/:id/disable": onUser("move:disable"),
  "POST /api/v1/users/:id/enable": onUser("move:enable"),
  "POST /api/v1/users/:id/reset-password": onUser("move:reset-password"),
  "POST /api/v1/api-keys": create(
    "api_key",
    apiKeyList,
    async (w, at) => ({
      url: `${v1}/api-keys`,
      body: apiKeyBody(w, at),
    }),
    { swap: scopeSwap },
  ),
  "POST /api/v1/api-keys/:id/revoke": existing({
    type: "api_key",
    action: "move:revoke",
    table: "api_keys",
    path: (id) => `/api-keys/${id}`,
    read: apiKeyList,
    make: (w, at) => made(w, "/api-keys", apiKeyBody(w, at)),
  }),
};
