import { seedDemoData } from "@sinergi/db";
import type { Permission, Role, Scope } from "@sinergi/domain";
import { beforeAll, expect, it } from "vitest";
import { anyRevision, describeApi } from "../testing.ts";

/**
 * Issue 9 §2 on the demo data: out of scope reads exactly like missing, also through references, filters
 * and registers, and a partner's key covers its child agencies. Salatiga sits under Kanwil Jawa Tengah,
 * Medan under Kanwil Sumatera Utara.
 */

const RANDOM = "00000000-0000-4000-8000-00000000abcd";
const v1 = "/api/v1";

describeApi("scope in one place", (t) => {
  let salatiga: { id: string; regionalOfficeId: string };
  let medan: { id: string; regionalOfficeId: string };
  let medanPks: string;
  const as: Record<string, Record<string, string>> = {};

  const user = async (name: string, role: Role, scope: Scope) => {
    const u = await t.createUser(role, scope);
    as[name] = { cookie: await t.sessionCookie(u.id), origin: "http://localhost" };
  };
  const key = async (name: string, partnerId: string, permissions: readonly Permission[]) => {
    as[name] = {
      authorization: `Bearer ${await t.apiKey("partner_system", { kind: "partner", partnerId }, permissions)}`,
    };
  };
  const call = (who: string, method: string, path: string, body?: unknown, headers = {}) =>
    t.request(method, `${v1}${path}`, {
      anonymous: true,
      headers: { ...as[who], ...headers },
      ...(body === undefined ? {} : { body }),
    });
  const partnerNamed = async (name: string) =>
    (await t.db.selectFrom("partners").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    await seedDemoData(t.db, { now: new Date().toISOString() });
    const facility = (name: string) =>
      t.db
        .selectFrom("facilities")
        .select(["id", "regionalOfficeId"])
        .where("name", "ilike", `%${name}%`)
        .executeTakeFirstOrThrow();
    salatiga = await facility("Salatiga");
    medan = await facility("Medan");
    medanPks = (
      await t.db
        .selectFrom("programs")
        .select("fundingAgreementId")
        .where("fundingAgreementId", "is not", null)
        .where("ownerRegionalOfficeId", "=", medan.regionalOfficeId)
        .executeTakeFirstOrThrow()
    ).fundingAgreementId as string;
    const inSalatiga = { kind: "facility", facilityId: salatiga.id } as const;
    await user("salatigaAdmin", "facility_admin", inSalatiga);
    await user("salatigaStaff", "facility_staff", inSalatiga);
    await user("salatigaViewer", "viewer", inSalatiga);
    await user("sumutAdmin", "regional_admin", {
      kind: "regional",
      regionalOfficeId: medan.regionalOfficeId,
    });
    await user("national", "national_admin", { kind: "national" });
    const read: Permission[] = ["organisation:read", "training:read", "certificates:read"];
    await key("pemkoMedan", await partnerNamed("Pemerintah Kota Medan"), read);
    await key("pemkotSalatiga", await partnerNamed("Pemerintah Kota Salatiga"), read);
  });

  it("reads another Kanwil by id as not found, exactly like a random id, for a facility's admin, staff and viewer", async () => {
    for (const who of ["salatigaAdmin", "salatigaStaff", "salatigaViewer"]) {
      const other = await call(who, "GET", `/regional-offices/${medan.regionalOfficeId}`);
      const random = await call(who, "GET", `/regional-offices/${RANDOM}`);
      expect(other.status, who).toBe(404);
      expect({ ...other.body, instance: null }).toEqual({ ...random.body, instance: null });
      expect((await call(who, "GET", `/regional-offices/${salatiga.regionalOfficeId}`)).status, who).toBe(
        200,
      );
      const list = await call(who, "GET", "/regional-offices");
      expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([salatiga.regionalOfficeId]);
    }
    expect((await call("national", "GET", `/regional-offices/${medan.regionalOfficeId}`)).status).toBe(200);
  });

  it("lets a facility read its Kanwil's MoU that frames its PKS, but not edit it (403)", async () => {
    const partnerIds = [await partnerNamed("Pemerintah Kota Salatiga")];
    const mou = await call("national", "POST", "/agreements", {
      kind: "mou",
      title: "MoU Kanwil Jawa Tengah dan Pemkot Salatiga",
      regionalOfficeId: salatiga.regionalOfficeId,
      partnerIds,
    });
    expect(mou.status).toBe(201);
    const pks = await call("salatigaAdmin", "POST", "/agreements", {
      kind: "pks",
      title: "PKS Layanan Kesehatan WBP",
      facilityId: salatiga.id,
      partnerIds,
      parentMouId: mou.body.id,
    });
    expect(pks.status).toBe(201);
    const read = await call("salatigaViewer", "GET", `/agreements/${mou.body.id}`);
    expect(read.status).toBe(200);
    const listed = await call("salatigaAdmin", "GET", "/agreements");
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(mou.body.id);
    const edit = await call(
      "salatigaAdmin",
      "PATCH",
      `/agreements/${mou.body.id}`,
      { title: "x" },
      anyRevision,
    );
    expect(edit.status).toBe(403);
    const move = await call("salatigaAdmin", "POST", `/agreements/${mou.body.id}/propose`, {}, anyRevision);
    expect(move.status).toBe(403);
    // Drafting for its Kanwil is refused like naming a missing office.
    const draft = await call("salatigaAdmin", "POST", "/agreements", {
      kind: "mou",
      title: "MoU atas nama Kanwil",
      regionalOfficeId: salatiga.regionalOfficeId,
      partnerIds,
    });
    expect(draft.status).toBe(422);
    // Medan's Kanwil's agreements stay out of sight.
    const sumutMou = await call("national", "POST", "/agreements", {
      kind: "mou",
      title: "MoU Kanwil Sumatera Utara",
      regionalOfficeId: medan.regionalOfficeId,
      partnerIds: [await partnerNamed("Pemerintah Kota Medan")],
    });
    expect((await call("salatigaAdmin", "GET", `/agreements/${sumutMou.body.id}`)).status).toBe(404);
  });

  it("filters programs by an unseen agreement as by a random id, and never shows its id", async () => {
    const national = await call("national", "GET", `/programs?fundingAgreementId=${medanPks}`);
    expect(national.body.items.length).toBeGreaterThan(0);
    const unseen = await call("salatigaAdmin", "GET", `/programs?fundingAgreementId=${medanPks}`);
    const random = await call("salatigaAdmin", "GET", `/programs?fundingAgreementId=${RANDOM}`);
    expect(unseen.status).toBe(200);
    expect(unseen.body).toEqual(random.body);
    expect(unseen.body.items).toEqual([]);
    const all = await call("salatigaAdmin", "GET", "/programs?limit=100");
    expect(JSON.stringify(all.body)).not.toContain(medanPks);
    const one = await call("salatigaAdmin", "GET", `/programs/${national.body.items[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body.fundingAgreementId).toBeNull();
    expect(
      (await call("sumutAdmin", "GET", `/programs/${national.body.items[0].id}`)).body.fundingAgreementId,
    ).toBe(medanPks);
  });

  it("answers a body naming an unseen agreement exactly as one naming a random id", async () => {
    const body = (fundingAgreementId: string) => ({
      name: "Pelatihan Menjahit",
      track: "vocational",
      field: "tailoring",
      fundingAgreementId,
    });
    const unseen = await call("salatigaAdmin", "POST", "/programs", body(medanPks));
    const random = await call("salatigaAdmin", "POST", "/programs", body(RANDOM));
    expect(unseen.status).toBe(422);
    expect({ ...unseen.body, instance: null }).toEqual({ ...random.body, instance: null });
    expect(unseen.body.errors).toEqual([{ field: "fundingAgreementId", message: "no such record" }]);
  });

  it("keeps each register to its office: a facility adds to its Kanwil's and edits only those", async () => {
    const created = await call("salatigaAdmin", "POST", "/partners", {
      kind: "training_provider",
      name: "BLK Salatiga",
    });
    expect(created.status).toBe(201);
    expect(created.body.ownerRegionalOfficeId).toBe(salatiga.regionalOfficeId);
    const ownEdit = await call(
      "salatigaAdmin",
      "PATCH",
      `/partners/${created.body.id}`,
      { name: "BLK Kota Salatiga" },
      anyRevision,
    );
    expect(ownEdit.status).toBe(200);
    // Another Kanwil's register and the national one: readable and citable, not editable.
    const medanPartner = await partnerNamed("Pemerintah Kota Medan");
    const bnsp = await partnerNamed("Badan Nasional Sertifikasi Profesi (BNSP)");
    for (const id of [medanPartner, bnsp]) {
      expect((await call("salatigaAdmin", "GET", `/partners/${id}`)).status).toBe(200);
      expect(
        (await call("salatigaAdmin", "PATCH", `/partners/${id}`, { name: "x" }, anyRevision)).status,
      ).toBe(403);
    }
    expect((await call("sumutAdmin", "PATCH", `/partners/${bnsp}`, { name: "x" }, anyRevision)).status).toBe(
      403,
    );
    const national = await call(
      "national",
      "PATCH",
      `/partners/${bnsp}`,
      { fields: ["manpower", "trade"] },
      anyRevision,
    );
    expect(national.status).toBe(200);
    // Naming another office's register is refused the same way as naming no office at all.
    const other = await call("salatigaAdmin", "POST", "/partners", {
      kind: "ngo",
      name: "Yayasan",
      ownerRegionalOfficeId: medan.regionalOfficeId,
    });
    const random = await call("salatigaAdmin", "POST", "/partners", {
      kind: "ngo",
      name: "Yayasan",
      ownerRegionalOfficeId: RANDOM,
    });
    expect(other.status).toBe(403);
    expect({ ...other.body, instance: null }).toEqual({ ...random.body, instance: null });
    // Programs follow the same rule.
    const program = await call("salatigaAdmin", "POST", "/programs", {
      name: "Pelatihan Batik",
      track: "vocational",
      field: "batik",
      providerPartnerId: medanPartner,
    });
    expect(program.status).toBe(201);
    expect(program.body.ownerRegionalOfficeId).toBe(salatiga.regionalOfficeId);
    expect(
      (await call("sumutAdmin", "PATCH", `/programs/${program.body.id}`, { name: "x" }, anyRevision)).status,
    ).toBe(403);
  });

  it("places a register's audit entries with its office, so another Kanwil's admin does not read them", async () => {
    const created = await call("salatigaAdmin", "POST", "/partners", {
      kind: "ngo",
      name: "Yayasan Bina Salatiga",
    });
    const entry = await t.db
      .selectFrom("auditLog")
      .select(["facilityId", "regionalOfficeId"])
      .where("resourceId", "=", created.body.id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ facilityId: salatiga.id, regionalOfficeId: salatiga.regionalOfficeId });
    const sumut = await call("sumutAdmin", "GET", "/audit-log?limit=100");
    expect(JSON.stringify(sumut.body)).not.toContain(created.body.id);
    const own = await call("salatigaAdmin", "GET", "/audit-log?limit=100");
    expect(JSON.stringify(own.body)).toContain(created.body.id);
  });

  it("lets a city government's key see what concerns its Dinas: the cohorts it teaches and their certificates", async () => {
    const cohorts = await call("pemkoMedan", "GET", "/cohorts?limit=100");
    expect(cohorts.status).toBe(200);
    expect(cohorts.body.items.length).toBeGreaterThan(0);
    expect(cohorts.body.items.every((c: { facilityId: string }) => c.facilityId === medan.id)).toBe(true);
    const one = await call("pemkoMedan", "GET", `/cohorts/${cohorts.body.items[0].id}`);
    expect(one.status).toBe(200);
    const certificates = await call("pemkoMedan", "GET", "/certificates?limit=100");
    expect(certificates.body.items.length).toBeGreaterThan(0);
    const partners = await call("pemkoMedan", "GET", "/partners?limit=100");
    expect(partners.body.items.map((p: { name: string }) => p.name)).toContain(
      "Dinas Ketenagakerjaan Kota Medan",
    );
    // Another city's government sees none of it.
    expect((await call("pemkotSalatiga", "GET", `/cohorts/${cohorts.body.items[0].id}`)).status).toBe(404);
    const elsewhere = await call("pemkotSalatiga", "GET", "/certificates?limit=100");
    expect(JSON.stringify(elsewhere.body)).not.toContain(certificates.body.items[0].id);
  });
});
