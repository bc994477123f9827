import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../connection.ts";
import { emptyTestBackends } from "../testing/index.ts";
import {
  insertCohortRow,
  insertEnrollmentRow,
  insertFacilityRow,
  insertInmateRow,
  insertOfficeRow,
  insertPartnerRow,
  insertProgramRow,
} from "../testing/rows.ts";
import { migrations } from "./index.ts";

const at = "2026-03-01T00:00:00.000Z";

/** The upgrade of a database holding certificates and assessments made before this migration. */
describe.each(emptyTestBackends())(
  "migration 2026-12-03-11-certification on existing data on $name",
  (backend) => {
    let handle: SinergiDb;
    const ids: Record<string, string> = {};
    const migrator = () =>
      new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });

    beforeAll(async () => {
      // A database of its own (a fresh one on PostgreSQL), migrated here only up to the release before.
      handle = await backend.open();
      const before = await migrator().migrateTo("2026-12-02-05-idempotent-replay");
      if (before.error) throw before.error;
      const db = handle.db;
      await sql`insert into areas (code, level, name, parent_code) values
      ('12', 'province', 'SUMATERA UTARA', null), ('12.71', 'regency', 'KOTA MEDAN', '12')`.execute(db);
      const regionalOfficeId = await insertOfficeRow(db, { provinceCode: "12", name: "Kanwil", at });
      const facilityId = await insertFacilityRow(db, {
        regionalOfficeId,
        name: "Rutan Medan",
        regencyCode: "12.71",
        timeZone: "Asia/Jakarta",
        at,
      });
      const lsp = await insertPartnerRow(db, { kind: "certification_body", name: "LSP", at });
      const programId = await insertProgramRow(db, {
        name: "Barbershop",
        providerPartnerId: lsp,
        // As the demo stored it: the type as a level, units as bare titles, no type.
        scheme: {
          issuerPartnerId: lsp,
          name: "Skema Sertifikasi Okupasi Pemangkas Rambut",
          competencyUnits: ["Menerapkan K3", "Memangkas rambut"],
          level: "Okupasi",
          validityMonths: 36,
        },
        at,
      });
      const klaster = await insertProgramRow(db, {
        name: "Las",
        providerPartnerId: lsp,
        scheme: {
          issuerPartnerId: lsp,
          name: "Skema Klaster Pengelasan",
          competencyUnits: [{ code: "C.25LAS00.001.1", title: "Mengelas" }],
          level: "Level II",
          validityMonths: 36,
        },
        at,
      });
      const cohortId = await insertCohortRow(db, { programId, facilityId, state: "completed", at });
      const other = await insertCohortRow(db, { programId: klaster, facilityId, state: "completed", at });
      const enrol = async (cohort: string) =>
        insertEnrollmentRow(db, {
          cohortId: cohort,
          inmateId: await insertInmateRow(db, { facilityId, at }),
          state: "completed",
          result: "competent",
          at,
          beforeFacilityColumn: true,
        });
      ids.a = await enrol(cohortId);
      ids.b = await enrol(cohortId);
      ids.c = await enrol(other);
      const cert = (enrollmentId: string, number: string, level: string, code: string) =>
        sql`insert into certificates (id, number, enrollment_id, scheme_name, competency, level, issuer_partner_id,
          holder_name, issued_on, valid_until, status, verification_code, revision, created_at, updated_at)
        values (gen_random_uuid(), ${number}, ${enrollmentId}, 'Skema', 'Barbershop', ${level}, ${lsp}, 'Budi',
          '2026-02-02', '2029-02-02', 'issued', ${code}, 1, ${at}, ${at})`.execute(db);
      await cert(ids.a!, "SNG/2026/00001", "Okupasi", "AAAAAAAAAAAAAAAA");
      await cert(ids.b!, "LSP-PK/BBR/2026/0002", "Okupasi", "BBBBBBBBBBBBBBBB");
      await cert(ids.c!, "LSP-LAS/0003", "Level II", "CCCCCCCCCCCCCCCC");
      const after = await migrator().migrateToLatest();
      if (after.error) throw after.error;
    });
    afterAll(async () => handle?.close());

    const cert = (enrollmentId: string) =>
      handle.db
        .selectFrom("certificates")
        .selectAll()
        .where("enrollmentId", "=", enrollmentId)
        .executeTakeFirstOrThrow();

    it("keeps an LSP number as the issuer's and gives Sinergi's own, continuing the year's sequence", async () => {
      expect(await cert(ids.a!)).toMatchObject({ number: "SNG/2026/00001", issuerNumber: null });
      const [b, c] = [await cert(ids.b!), await cert(ids.c!)];
      expect([b.issuerNumber, c.issuerNumber]).toEqual(["LSP-PK/BBR/2026/0002", "LSP-LAS/0003"]);
      expect([b.number, c.number].sort()).toEqual(["SNG/2026/00002", "SNG/2026/00003"]);
    });

    it("reads a type stored as a level as the scheme type, and a level in words as the KKNI number", async () => {
      expect(await cert(ids.a!)).toMatchObject({ schemeType: "okupasi", level: null });
      expect(await cert(ids.c!)).toMatchObject({ schemeType: null, level: 2 });
      const schemes = await handle.db
        .selectFrom("programs")
        .select("certificationScheme")
        .orderBy("name")
        .execute();
      expect(schemes.map((s) => s.certificationScheme)).toEqual([
        expect.objectContaining({
          schemeType: "okupasi",
          competencyUnits: ["Menerapkan K3", "Memangkas rambut"],
        }),
        expect.objectContaining({ schemeType: "klaster", level: 2 }),
      ]);
      expect((schemes[0]?.certificationScheme as Record<string, unknown> | undefined)?.level).toBeUndefined();
    });

    it("copies the scheme's units onto each certificate and keeps each earlier assessment as a first record", async () => {
      expect((await cert(ids.a!)).units).toEqual([
        { code: "01", title: "Menerapkan K3" },
        { code: "02", title: "Memangkas rambut" },
      ]);
      expect((await cert(ids.c!)).units).toEqual([{ code: "C.25LAS00.001.1", title: "Mengelas" }]);
      const records = await handle.db.selectFrom("enrollmentAssessments").selectAll().execute();
      expect(records).toHaveLength(3);
      for (const r of records) expect(r).toMatchObject({ sequence: 1, result: "competent", units: [] });
      const standing = await handle.db.selectFrom("enrollments").select("assessment").execute();
      for (const s of standing) expect(s.assessment).toMatchObject({ result: "competent", units: [] });
    });
  },
);
