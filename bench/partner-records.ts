/**
 * What a partner system's record grant costs: listing the inmates a PKS grants a partner (an `exists`
 * over agreements for every row) against the same rows listed by facility and domicile filters, and
 * the residents' counts against a plain count of the table, in the same run; prints timings and
 * ratios. Embedded PGlite by default; BENCH_DATABASE_URL points it at PostgreSQL (a scratch database).
 * Usage: pnpm --filter @sinergi/bench partner-records [inmates=20000]
 */
import { randomUUID } from "node:crypto";
import { json, listInmates, openDatabase, prepareDatabase, residentCountsByFacility } from "@sinergi/db";
import { sql } from "kysely";

const inmates = Number(process.argv[2] ?? 20_000);
const facilities = 10;
const regencies = ["12.71", "12.12", "12.07", "33.73", "33.16", "63.07"];
const at = "2026-01-01T00:00:00.000Z";
const now = "2026-11-23T03:00:00.000Z";
const stamp = { createdAt: at, updatedAt: at };

const url = process.env.BENCH_DATABASE_URL;
const s = await openDatabase(url ? { databaseUrl: url } : { dataDir: "memory://" });
await prepareDatabase(s.db);
const db = s.db;

const officeId = randomUUID();
await db
  .insertInto("regionalOffices")
  .values({ id: officeId, name: `Kanwil ${officeId}`, provinceCode: "12", ...stamp })
  .execute();
const facilityIds = Array.from({ length: facilities }, () => randomUUID());
await db
  .insertInto("facilities")
  .values(
    facilityIds.map((id, i) => ({
      id,
      regionalOfficeId: officeId,
      kind: "lapas",
      class: "IIA",
      name: `Lapas ${i} ${id}`,
      regencyCode: "12.71",
      timeZone: "Asia/Jakarta",
      ...stamp,
    })),
  )
  .execute();
const partnerId = randomUUID();
await db
  .insertInto("partners")
  .values({
    id: partnerId,
    kind: "local_government",
    name: "Pemko Medan",
    areaCode: "12.71",
    fields: [],
    ...stamp,
  })
  .execute();
const home = facilityIds[0] ?? "";
const agreementId = randomUUID();
await db
  .insertInto("agreements")
  .values({
    id: agreementId,
    kind: "pks",
    title: "PKS",
    facilityId: home,
    regionalOfficeId: null,
    parentMouId: null,
    fields: ["manpower"],
    facilityDocumentNumber: "F-1",
    partnerDocumentNumber: "P-1",
    signatories: json([]),
    // A hash typed in, as agreements filed before documents were stored have.
    signedDocument: json({ fileName: "pks.pdf", mediaType: "application/pdf", sha256: "a".repeat(64) }),
    startDate: "2025-11-10",
    endDate: "2027-11-10",
    recordAccess: json({ covers: "area_residents", personalData: false }),
    renewsId: null,
    state: "signed",
    signedAt: at,
    signedOn: "2025-11-10",
    terminatedOn: null,
    terminationReason: null,
    ...stamp,
  })
  .execute();
await db.insertInto("agreementPartners").values({ agreementId, partnerId }).execute();
for (let i = 0; i < inmates; i += 2000) {
  await db
    .insertInto("inmates")
    .values(
      Array.from({ length: Math.min(2000, inmates - i) }, (_, j) => {
        const n = i + j;
        return {
          id: randomUUID(),
          facilityId: facilityIds[n % facilities] ?? home,
          registrationNumber: `BI.${n}`,
          name: `Warga ${String(n).padStart(6, "0")}`,
          nik: null,
          sex: n % 7 === 0 ? "female" : "male",
          birthDate: "1990-01-01",
          legalStatus: n % 3 === 0 ? "detainee" : "convict",
          domicileRegencyCode: regencies[n % regencies.length] ?? "12.71",
          admissionDate: "2025-01-06",
          expectedReleaseDate: null,
          ...stamp,
        };
      }),
    )
    .execute();
}
await sql`analyze`.execute(db);

async function time(fn: () => Promise<unknown>, reps = 10): Promise<number> {
  await fn();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await fn();
  return (performance.now() - t0) / reps;
}

const sort = { field: "name", direction: "asc" } as const;
const homeViewer = { kind: "facility", facilityId: home } as const;
const filtered = await listInmates(db, {
  viewer: homeViewer,
  domicileRegencyCode: "12.71",
  sort,
  limit: 50,
});
const granted = await listInmates(db, { grantedTo: { partnerId, at: now }, sort, limit: 50 });
if (JSON.stringify(filtered.items.map((i) => i.id)) !== JSON.stringify(granted.items.map((i) => i.id)))
  throw new Error("the granted list and the filtered list differ: the benchmark would compare unlike work");

const baselineList = await time(() =>
  listInmates(db, { viewer: homeViewer, domicileRegencyCode: "12.71", sort, limit: 50 }),
);
const grantList = await time(() => listInmates(db, { grantedTo: { partnerId, at: now }, sort, limit: 50 }));
const baselineCount = await time(() => sql`select count(*) from inmates`.execute(db));
const counts = await time(() => residentCountsByFacility(db, { areaCode: "12.71", on: "2026-11-23" }));

console.log(`backend=${s.kind} inmates=${inmates} facilities=${facilities} page=50`);
console.log("what                                   ms     ratio");
console.log(`facility + domicile filter (baseline)  ${baselineList.toFixed(2).padStart(6)}  1.0`);
console.log(
  `partner grant (exists per row)         ${grantList.toFixed(2).padStart(6)}  ${(grantList / baselineList).toFixed(1)}`,
);
console.log(`count(*) of inmates (baseline)         ${baselineCount.toFixed(2).padStart(6)}  1.0`);
console.log(
  `residents' counts by facility          ${counts.toFixed(2).padStart(6)}  ${(counts / baselineCount).toFixed(1)}`,
);
await s.close();
