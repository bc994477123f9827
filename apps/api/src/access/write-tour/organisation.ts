import { addDays } from "@sinergi/domain";
import { create, existing, type Scenario } from "./kit.ts";
import { type Body, fetched, licence, made, v1 } from "./world.ts";

/**
 * The write tour's scenarios for the organisation: regional offices, facilities, population, licences, partners.
 */

/** A write to a fresh licence of the facility (applied for, or granted and lapsed). */
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

/** The tour of regional offices, facilities, their population snapshots and licences, and partners. */
export const organisationScenarios: Record<string, Scenario> = {
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
    // In the register of Medan's Kanwil, which Medan's admins edit.
    make: (w) =>
      made(w, "/partners", {
        kind: "training_provider",
        name: `BLK Tur ${w.seq()}`,
        ownerRegionalOfficeId: w.medan.regionalOfficeId,
      }),
    body: (w) => ({ name: `BLK Tur ${w.seq()}`, fields: ["manpower", "trade"] }),
    shared: true,
  }),
};
