import { randomUUID } from "node:crypto";
import { seedDemoData } from "@sinergi/db";
import { makeNik, type Permission, type Role, rolePermissions, type Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { storeComputedReport } from "../resources/reports/fixtures.ts";
import { type ApiTest, anyRevision, describeApi } from "../testing.ts";
import { type AccessRule, accessRuleOf } from "./enforce.ts";

/**
 * The access matrix: every /api/v1 route × every role × a resource inside and one outside the caller's
 * scope, built from the app's own route table. In-scope principals all sit on Rutan Medan (Kanwil Sumatera
 * Utara); out-of-scope resources belong to facilities of other regional offices.
 */

interface Caller {
  readonly role: Role;
  readonly headers: Record<string, string>;
}

type Kind =
  | "agreement"
  | "document"
  | "certificate"
  | "cohort"
  | "engagement"
  | "enrollment"
  | "facility"
  | "follow-up"
  | "inmate"
  | "licence"
  | "regional-office"
  | "user"
  | "api-key"
  | "report"
  | "alert";

const kindOf: Record<string, Kind | "unscoped"> = {
  agreements: "agreement",
  documents: "document",
  certificates: "certificate",
  cohorts: "cohort",
  engagements: "engagement",
  enrollments: "enrollment",
  facilities: "facility",
  "follow-ups": "follow-up",
  inmates: "inmate",
  licences: "licence",
  users: "user",
  "api-keys": "api-key",
  programs: "unscoped",
  partners: "unscoped",
  "regional-offices": "regional-office",
  areas: "unscoped",
  "audit-log": "unscoped",
  statistics: "unscoped",
  // A list across the scope with no id to reach outside it (its rows follow the scope: coverage.test.ts).
  coverage: "unscoped",
  reports: "report",
  "report-runs": "unscoped",
  alerts: "alert",
};

/** Query parameters a route cannot answer without. */
const requiredQuery: Record<string, string> = { "/api/v1/statistics/residents": "?areaCode=12.71" };

/** The id of one resource of a kind in (or outside) the Medan scope. */
async function pick(
  t: ApiTest,
  kind: Kind,
  medan: string,
  inside: boolean,
  spare: readonly string[] = [],
): Promise<string> {
  const db = t.db;
  const at = (col: string) => (q: any) => (inside ? q.where(col, "=", medan) : q.where(col, "<>", medan));
  let row: { id: string } | undefined;
  switch (kind) {
    case "facility":
      row = await at("facilities.id")(
        db.selectFrom("facilities").select("facilities.id as id"),
      ).executeTakeFirst();
      break;
    case "agreement":
      row = await at("agreements.facilityId")(
        db.selectFrom("agreements").select("agreements.id as id"),
      ).executeTakeFirst();
      break;
    case "document":
      row = await at("documents.facilityId")(
        db.selectFrom("documents").select("documents.id as id"),
      ).executeTakeFirst();
      break;
    case "licence":
      row = await at("facilityLicences.facilityId")(
        db.selectFrom("facilityLicences").select("facilityLicences.id as id"),
      ).executeTakeFirst();
      break;
    case "engagement":
      row = await at("engagements.facilityId")(
        db.selectFrom("engagements").select("engagements.id as id"),
      ).executeTakeFirst();
      break;
    case "follow-up":
      row = await at("engagements.facilityId")(
        db
          .selectFrom("followUps")
          .innerJoin("engagements", "engagements.id", "followUps.engagementId")
          .select("followUps.id as id"),
      ).executeTakeFirst();
      break;
    case "inmate":
      row = await at("inmates.facilityId")(
        db.selectFrom("inmates").select("inmates.id as id"),
      ).executeTakeFirst();
      break;
    case "cohort":
      row = await at("cohorts.facilityId")(
        db.selectFrom("cohorts").select("cohorts.id as id"),
      ).executeTakeFirst();
      break;
    case "enrollment":
      row = await at("cohorts.facilityId")(
        db
          .selectFrom("enrollments")
          .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
          .select("enrollments.id as id"),
      ).executeTakeFirst();
      break;
    case "certificate":
      row = await at("cohorts.facilityId")(
        db
          .selectFrom("certificates")
          .innerJoin("enrollments", "enrollments.id", "certificates.enrollmentId")
          .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
          .select("certificates.id as id"),
      ).executeTakeFirst();
      break;
    case "regional-office":
      // A facility's scope reads its own Kanwil; every other office is outside it.
      row = await db
        .selectFrom("regionalOffices")
        .select("id")
        .where(
          "id",
          inside ? "=" : "<>",
          db.selectFrom("facilities").select("regionalOfficeId").where("id", "=", medan),
        )
        .executeTakeFirst();
      break;
    case "user":
      row = await db
        .selectFrom("users")
        .select("id")
        .where("id", "not in", [...spare, "00000000-0000-4000-8000-000000000000"])
        .where("scopeKind", "=", "facility")
        .where("scopeId", inside ? "=" : "<>", medan)
        .executeTakeFirst();
      break;
    case "report":
      row = await at("reports.facilityId")(
        db.selectFrom("reports").select("reports.id as id").where("facilityId", "is not", null),
      ).executeTakeFirst();
      break;
    case "alert":
      row = await at("alerts.facilityId")(
        db.selectFrom("alerts").select("alerts.id as id").where("facilityId", "is not", null),
      ).executeTakeFirst();
      break;
    case "api-key":
      row = await db
        .selectFrom("apiKeys")
        .select("id")
        .where("scopeKind", "=", "facility")
        .where("scopeId", inside ? "=" : "<>", medan)
        .executeTakeFirst();
      break;
  }
  if (!row) throw new Error(`no ${inside ? "in" : "out of"}-scope ${kind} to test with`);
  return row.id;
}

const auditCount = async (t: ApiTest, id: string) =>
  (await t.db.selectFrom("auditLog").select("id").where("resourceId", "=", id).execute()).length;

describeApi("access matrix", (t) => {
  let medan: string;
  let salatiga: string;
  const callers: Caller[] = [];
  const callerIds: string[] = [];
  const niks: string[] = [];

  beforeAll(async () => {
    await seedDemoData(t.db, { now: new Date().toISOString() });
    const facility = async (name: string) =>
      await t.db
        .selectFrom("facilities")
        .select(["id", "regionalOfficeId"])
        .where("name", "ilike", `%${name}%`)
        .executeTakeFirstOrThrow();
    const m = await facility("Medan");
    const s = await facility("Salatiga");
    medan = m.id;
    salatiga = s.id;
    // Fill the gaps of the story so every kind exists inside and outside Medan's scope.
    // The licence cites a stored scan, so its download route has something to serve inside the scope.
    const scan = await t.db.selectFrom("documents").select("id").executeTakeFirstOrThrow();
    const lic = await t.post(`/api/v1/facilities/${medan}/licences`, {
      type: "clinic",
      issuer: "Dinas Kesehatan Kota Medan",
      documentId: scan.id,
    });
    expect(lic.status).toBe(201);
    const partner = await t.db
      .selectFrom("partners")
      .select("id")
      .where("name", "ilike", "%Medan%")
      .executeTakeFirstOrThrow();
    const eng = await t.post("/api/v1/engagements", {
      facilityId: medan,
      partnerIds: [partner.id],
      kind: "monitoring",
      date: "2026-01-15",
      summary: "Monitoring pelatihan",
      followUps: [{ text: "Laporan bulanan", ownerName: "Kasi Giatja", dueDate: "2026-02-15" }],
    });
    expect(eng.status).toBe(201);
    // Salatiga's own certified program: taught and certified by no agency of Medan's partner, so the
    // cohort, its enrollment and certificate lie outside the partner's scope too.
    const salatigaAgency = await t.db
      .selectFrom("partners")
      .select("id")
      .where("name", "ilike", "%Salatiga%")
      .where("kind", "=", "government_agency")
      .executeTakeFirstOrThrow();
    const program = await t.post("/api/v1/programs", {
      name: "Pelatihan Tata Boga Salatiga",
      track: "vocational",
      field: "bakery",
      providerPartnerId: salatigaAgency.id,
      certificationScheme: {
        issuerPartnerId: salatigaAgency.id,
        name: "Skema Tata Boga",
        schemeType: "klaster",
        competencyUnits: [{ code: "C.10BOG00.001.1", title: "Menyiapkan bahan" }],
        validityMonths: 36,
      },
    });
    expect(program.status).toBe(201);
    const units = [{ code: "C.10BOG00.001.1" }];
    const cohort = await t.post("/api/v1/cohorts", {
      programId: program.body.id,
      facilityId: salatiga,
      name: "Salatiga Angkatan I",
      startDate: "2026-01-05",
      endDate: "2026-01-06",
      capacity: 5,
      plannedSessions: 2,
    });
    expect(cohort.status).toBe(201);
    const birthDate = "1991-05-20";
    const inmate = await t.post("/api/v1/inmates", {
      facilityId: salatiga,
      registrationNumber: "BI.900/2025",
      name: "Warga Salatiga",
      nik: makeNik({ districtCode: "33.73.01", birthDate, sex: "male", serial: 900 }),
      sex: "male",
      birthDate,
      legalStatus: "convict",
      admissionDate: "2025-01-06",
      expectedReleaseDate: "2028-01-01",
    });
    expect(inmate.status).toBe(201);
    await t.post(`/api/v1/cohorts/${cohort.body.id}/open`, {}, anyRevision);
    const e = await t.post(`/api/v1/cohorts/${cohort.body.id}/enrollments`, { inmateId: inmate.body.id });
    await t.post(`/api/v1/cohorts/${cohort.body.id}/start`, {}, anyRevision);
    await t.post(
      `/api/v1/enrollments/${e.body.id}/attendance`,
      {
        sessions: [
          { sessionDate: "2026-01-05", present: true },
          { sessionDate: "2026-01-06", present: true },
        ],
      },
      anyRevision,
    );
    await t.post(
      `/api/v1/enrollments/${e.body.id}/assess`,
      {
        units: units.map((u) => ({ code: u.code, result: "competent" })),
        assessor: "Asesor",
        assessedOn: "2026-01-06",
      },
      anyRevision,
    );
    await t.post(`/api/v1/enrollments/${e.body.id}/complete`, {}, anyRevision);
    const cert = await t.post(`/api/v1/enrollments/${e.body.id}/certificate`, {});
    expect(cert.body).toMatchObject({ status: "issued" });
    for (const f of [medan, salatiga]) {
      await storeComputedReport(t.db, { kind: "facility", facilityId: f }, "2026-10");
      await t.db
        .insertInto("alerts")
        .values({
          id: randomUUID(),
          onceKey: `matrix:${f}`,
          kind: "report_failed",
          facilityId: f,
          raisedAt: "2026-11-01T00:00:00.000Z",
        })
        .execute();
      await t.createUser("viewer", { kind: "facility", facilityId: f });
      await t.apiKey("viewer", { kind: "facility", facilityId: f }, ["organisation:read"]);
    }

    const scopes: Record<Role, Scope> = {
      national_admin: { kind: "national" },
      regional_admin: { kind: "regional", regionalOfficeId: m.regionalOfficeId },
      facility_admin: { kind: "facility", facilityId: medan },
      facility_staff: { kind: "facility", facilityId: medan },
      viewer: { kind: "facility", facilityId: medan },
      partner_system: { kind: "partner", partnerId: partner.id },
    };
    for (const [role, scope] of Object.entries(scopes) as [Role, Scope][]) {
      if (role === "partner_system") {
        const key = await t.apiKey(role, scope, [...rolePermissions(role)]);
        callers.push({ role, headers: { authorization: `Bearer ${key}` } });
      } else {
        const u = await t.createUser(role, scope);
        callerIds.push(u.id);
        callers.push({ role, headers: { cookie: await t.sessionCookie(u.id), origin: "http://localhost" } });
      }
    }
    niks.push(
      ...(await t.db.selectFrom("inmates").select("nik").execute()).flatMap((r) => (r.nik ? [r.nik] : [])),
    );
  });

  it("answers every route for every role: 403 without the permission, 404 outside the scope, never a leak", async () => {
    const routes = new Map<string, AccessRule>();
    for (const r of t.app.routes) {
      if (!r.path.startsWith("/api/v1/") || r.method === "ALL") continue;
      const rule = accessRuleOf(r.handler);
      if (rule) routes.set(`${r.method} ${r.path}`, rule);
    }
    // Deletions last, so the other routes still find their resources.
    const ordered = [...routes].sort(
      ([a], [b]) => Number(a.startsWith("DELETE")) - Number(b.startsWith("DELETE")),
    );
    const failures: string[] = [];
    const personal: string[] = [];
    let checked = 0;

    for (const [key, rule] of ordered) {
      const [method, path] = key.split(" ") as [string, string];
      if (rule.kind === "public" || rule.kind === "signed-in") continue;
      const segment = path.split("/")[3] ?? "";
      const kind = kindOf[segment];
      if (kind === undefined) {
        failures.push(`${key}: the matrix does not know resource "${segment}"`);
        continue;
      }
      const hasId = path.includes("/:id");
      for (const caller of callers) {
        const permitted =
          rule.kind === "national"
            ? caller.role === "national_admin"
            : rule.kind === "any-permission"
              ? rule.permissions.some((p) => rolePermissions(caller.role).has(p))
              : rolePermissions(caller.role).has(rule.permission as Permission);
        for (const inside of hasId && kind !== "unscoped" ? [true, false] : [true]) {
          if (!inside && caller.role === "national_admin") continue;
          let url = path;
          let id: string | undefined;
          if (hasId && kind !== "unscoped") {
            // A deletion removes its target: later callers may find nothing left to delete.
            const found = await pick(t, kind, medan, inside, callerIds).catch((e: Error) => {
              if (method === "DELETE") return undefined;
              throw e;
            });
            if (found === undefined) continue;
            id = found;
            url = url.replace(":id", id);
          } else if (hasId) {
            // Partners and programs: one in the register of Medan's Kanwil, which Medan's admins edit.
            const table = segment === "programs" ? "programs" : "partners";
            const office = t.db.selectFrom("facilities").select("regionalOfficeId").where("id", "=", medan);
            url = url.replace(
              ":id",
              (
                await t.db
                  .selectFrom(table)
                  .select("id")
                  .where("ownerRegionalOfficeId", "=", office)
                  .executeTakeFirstOrThrow()
              ).id,
            );
          }
          if (url.includes(":itemId")) {
            const item = await t.db
              .selectFrom("actionItems")
              .select("id")
              .where("agreementId", "=", id ?? "")
              .executeTakeFirst();
            url = url.replace(":itemId", item?.id ?? "00000000-0000-4000-8000-000000000000");
          }
          url = url.replace(":version", "1") + (requiredQuery[path] ?? "");
          const before = id && !inside ? await auditCount(t, id) : 0;
          const res = await t.request(method, url, {
            anonymous: true,
            headers: caller.headers,
            ...(method === "GET" || method === "DELETE" ? {} : { body: {} }),
          });
          checked += 1;
          const where = `${caller.role} ${method} ${url} (${inside ? "in" : "out of"} scope) -> ${res.status}`;
          const text = JSON.stringify(res.body);
          // A partner system's clauses in the demo grant names only, never personal data.
          if (
            caller.role === "partner_system" ||
            !rolePermissions(caller.role).has("inmates:personal-data")
          ) {
            if (niks.some((n) => text.includes(n)) || /"birthDate":"\d{4}-\d{2}-\d{2}"/.test(text))
              personal.push(where);
          }
          if (!permitted) {
            if (res.status !== 403) failures.push(`${where}: expected 403`);
            continue;
          }
          if ([401, 403].includes(res.status)) {
            failures.push(`${where}: refused a permitted role`);
            continue;
          }
          if (caller.role === "partner_system" && inside) continue; // a partner's scope is its own partner, not Medan
          if (!inside) {
            if (![404, 422].includes(res.status)) failures.push(`${where}: expected 404 outside the scope`);
            if (method === "GET" && res.status !== 404)
              failures.push(`${where}: a read outside the scope must be 404`);
            if (id && (await auditCount(t, id)) !== before)
              failures.push(`${where}: changed a resource outside the scope`);
            continue;
          }
          if (method === "GET" && res.status !== 200) failures.push(`${where}: expected 200`);
          if (
            method === "GET" &&
            !hasId &&
            kind !== "unscoped" &&
            caller.role !== "national_admin" &&
            caller.role !== "partner_system"
          ) {
            const outsider = await pick(t, kind as Kind, medan, false).catch(() => undefined);
            if (outsider && text.includes(outsider))
              failures.push(`${where}: list shows a ${kind} outside the scope`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(personal).toEqual([]);
    expect(failures).toEqual([]);
  }, 240_000);
});
