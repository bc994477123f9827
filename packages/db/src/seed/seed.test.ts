import { checkNik, effectiveDomicile, inmateNikDiscrepancies, sentenceDates } from "@sinergi/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../connection.ts";
import { listHistory } from "../history.ts";
import { toInmate } from "../repositories/training/inmates.ts";
import { testBackends } from "../testing/index.ts";
import { NATIONAL_MOU_KEY } from "./above-facilities.ts";
import { isEmpty, type SeedSummary, seedDemoData } from "./index.ts";
import { MEDAN_DOMICILE } from "./medan.ts";
import { demoId } from "./shared.ts";

const NOW = "2026-11-23T02:00:00.000Z";

describe.each(testBackends())("demo seed on $name", (backend) => {
  let handle: SinergiDb;
  let summary: SeedSummary;

  beforeAll(async () => {
    handle = await backend.open();
    expect(await isEmpty(handle.db)).toBe(true);
    summary = await seedDemoData(handle.db, { now: NOW });
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });

  it("seeds an empty database and reports what it wrote", async () => {
    expect(summary.seeded).toBe(true);
    expect(summary.counts).toMatchObject({ regionalOffices: 4, facilities: 5, inmates: 53, enrollments: 48 });
    expect(await isEmpty(handle.db)).toBe(false);
  });

  it("places the five facilities in their regencies and time zones", async () => {
    const rows = await handle.db
      .selectFrom("facilities")
      .innerJoin("regionalOffices", "regionalOffices.id", "facilities.regionalOfficeId")
      .select(["facilities.name", "class", "regencyCode", "timeZone", "provinceCode"])
      .orderBy("facilities.name")
      .execute();
    expect(rows).toEqual([
      {
        name: "Rutan Barabai",
        class: "IIB",
        regencyCode: "63.07",
        timeZone: "Asia/Makassar",
        provinceCode: "63",
      },
      {
        name: "Rutan Blora",
        class: "IIB",
        regencyCode: "33.16",
        timeZone: "Asia/Jakarta",
        provinceCode: "33",
      },
      {
        name: "Rutan Masohi",
        class: "IIB",
        regencyCode: "81.01",
        timeZone: "Asia/Jayapura",
        provinceCode: "81",
      },
      { name: "Rutan Medan", class: "I", regencyCode: "12.71", timeZone: "Asia/Jakarta", provinceCode: "12" },
      {
        name: "Rutan Salatiga",
        class: "IIB",
        regencyCode: "33.73",
        timeZone: "Asia/Jakarta",
        provinceCode: "33",
      },
    ]);
    const offices = await handle.db.selectFrom("regionalOffices").select("name").orderBy("name").execute();
    expect(offices.map((o) => o.name)).toEqual([
      "Kanwil Jawa Tengah",
      "Kanwil Kalimantan Selatan",
      "Kanwil Maluku",
      "Kanwil Sumatera Utara",
    ]);
  });

  it("uses only area codes that exist in the areas table", async () => {
    const codes = ["12.71", "33.73", "81.01", "63.07", "33.16", ...MEDAN_DOMICILE.map(([c]) => c)];
    const found = await handle.db.selectFrom("areas").select("code").where("code", "in", codes).execute();
    expect(new Set(found.map((r) => r.code))).toEqual(new Set(codes));
    const partners = await handle.db
      .selectFrom("partners")
      .leftJoin("areas", "areas.code", "partners.areaCode")
      .select(["partners.name", "areas.code"])
      .execute();
    for (const p of partners) expect(p.code, p.name).not.toBeNull();
  });

  it("has Barabai sign eight PKS on one day, three of them renewing three-year predecessors", async () => {
    const barabai = demoId("facility:barabai");
    const pks = await handle.db
      .selectFrom("agreements")
      .selectAll()
      .where("facilityId", "=", barabai)
      .where("kind", "=", "pks")
      .execute();
    const current = pks.filter((a) => a.startDate !== null && a.startDate >= "2024-01-01");
    expect(current).toHaveLength(8);
    expect(new Set(current.map((a) => a.signedAt?.slice(0, 10)))).toEqual(new Set(["2024-03-05"]));
    for (const a of current) {
      expect(a.state).toBe("signed");
      expect(a.facilityDocumentNumber).toBeTruthy();
      expect(a.partnerDocumentNumber).toBeTruthy();
      expect(a.signedOn).toBe("2024-03-05");
      const doc = await handle.db
        .selectFrom("documents")
        .select(["mediaType", "sha256", "sizeBytes"])
        .where("id", "=", a.signedDocumentId ?? "")
        .executeTakeFirst();
      expect(doc).toMatchObject({
        mediaType: "application/pdf",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(a.signatories).toContainEqual(expect.objectContaining({ role: "witnesses" }));
      const years = Number(a.endDate?.slice(0, 4)) - Number(a.startDate?.slice(0, 4));
      expect(years).toBeGreaterThanOrEqual(1);
      expect(years).toBeLessThanOrEqual(3);
      const items = await handle.db
        .selectFrom("actionItems")
        .select("id")
        .where("agreementId", "=", a.id)
        .execute();
      expect(items.length).toBeGreaterThan(0);
    }
    const renewals = current.filter((a) => a.renewsId !== null);
    expect(renewals).toHaveLength(3);
    const byId = new Map(pks.map((a) => [a.id, a]));
    for (const r of renewals) {
      const old = byId.get(r.renewsId as string);
      expect(old?.state).toBe("signed");
      expect(old?.startDate).toBe("2021-03-05");
      expect(old?.endDate).toBe("2024-03-04");
      expect(r.fields).toEqual(old?.fields);
    }
    expect(new Set(renewals.flatMap((r) => r.fields))).toEqual(new Set(["health", "literacy", "education"]));
    const history = await listHistory(handle.db, "agreement", current[0]?.id as string);
    expect(history.map((h) => h.to)).toEqual(["draft", "proposed", "negotiating", "signed"]);
    expect(history.every((h) => h.actor.length > 0)).toBe(true);
  });

  it("gives Medan 3,290 inmates with 2,340 domiciled in Kota Medan", async () => {
    const snap = await handle.db
      .selectFrom("populationSnapshots")
      .selectAll()
      .where("facilityId", "=", demoId("facility:medan"))
      .executeTakeFirstOrThrow();
    expect(snap.total).toBe(3290);
    // The article gives no detainee/convict split.
    expect([snap.detainees, snap.convicts]).toEqual([null, null]);
    const counts = await handle.db
      .selectFrom("populationDomicileCounts")
      .select(["regencyCode", "count"])
      .where("snapshotId", "=", snap.id)
      .execute();
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(3290);
    expect(counts.find((c) => c.regencyCode === "12.71")?.count).toBe(2340);
  });

  it("enrolls 48 Medan residents across three cohorts of certified programs funded by the PKS", async () => {
    const rows = await handle.db
      .selectFrom("enrollments")
      .innerJoin("cohorts", "cohorts.id", "enrollments.cohortId")
      .innerJoin("programs", "programs.id", "cohorts.programId")
      .innerJoin("inmates", "inmates.id", "enrollments.inmateId")
      .innerJoin("agreements", "agreements.id", "programs.fundingAgreementId")
      .select([
        "cohorts.id as cohortId",
        "cohorts.state",
        "inmates.domicileRegencyCode",
        "agreements.signedAt",
      ])
      .select(sql<boolean>`programs.certification_scheme is not null`.as("certified"))
      .execute();
    expect(rows).toHaveLength(48);
    expect(new Set(rows.map((r) => r.cohortId)).size).toBe(3);
    expect(rows.every((r) => r.domicileRegencyCode === "12.71" && r.certified)).toBe(true);
    expect(rows.every((r) => r.signedAt?.startsWith("2025-11-11"))).toBe(true);
    const states: Record<string, number> = {};
    for (const r of rows) states[r.state] = (states[r.state] ?? 0) + 1;
    expect(states).toEqual({ completed: 16, running: 32 });
    const certs = await handle.db.selectFrom("certificates").select(["verificationCode", "status"]).execute();
    expect(certs).toHaveLength(15);
    for (const c of certs) expect(c.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    const attended = await handle.db
      .selectFrom("attendance")
      .select(["enrollmentId", sql<number>`avg(case when present then 1 else 0 end)`.as("share")])
      .groupBy("enrollmentId")
      .execute();
    expect(attended).toHaveLength(48);
    for (const a of attended) expect(Number(a.share)).toBeGreaterThanOrEqual(0.8);
  });

  it("certifies as BNSP does: one number format, the LSP's own number beside it, okupasi with no level, units with codes, assumed outcomes marked", async () => {
    const certs = await handle.db.selectFrom("certificates").selectAll().orderBy("number").execute();
    expect(certs.map((c) => c.number)).toEqual(
      Array.from({ length: 15 }, (_, i) =>
        expect.stringMatching(new RegExp(`^SNG/\\d{4}/${String(i + 1).padStart(5, "0")}$`)),
      ),
    );
    for (const c of certs) {
      expect(c.issuerNumber).toMatch(/^LSP-PK\/BBR\/\d{4}\/\d{4}$/);
      expect(c).toMatchObject({ schemeType: "okupasi", level: null, competency: "Pemangkas Rambut Pria" });
      expect((c.units as { code: string }[]).map((u) => u.code)).toEqual([
        "S.96PKS00.001.1",
        "S.96PKS00.002.1",
        "S.96PKS00.003.1",
      ]);
    }
    const schemes = await handle.db.selectFrom("programs").select("certificationScheme").execute();
    for (const { certificationScheme: s } of schemes.filter((x) => x.certificationScheme !== null)) {
      const scheme = s as { schemeType: string; level?: unknown; competencyUnits: { code: string }[] };
      expect(scheme.schemeType).toBe("okupasi");
      expect(scheme.level).toBeUndefined();
      for (const u of scheme.competencyUnits)
        expect(u.code).toMatch(/^[A-Z]\.\d{2}[A-Z]{3}\d{2}\.\d{3}\.\d$/);
    }
    const assessed = await handle.db.selectFrom("enrollmentAssessments").selectAll().execute();
    expect(assessed).toHaveLength(16);
    expect(assessed.filter((a) => a.result === "not_yet_competent")).toHaveLength(1);
    for (const a of assessed) expect(a.notes).toContain("Asumsi demo");
  });

  it("leaves Blora's follow-up with the regional secretary open past its due date", async () => {
    const rows = await handle.db
      .selectFrom("followUps")
      .innerJoin("engagements", "engagements.id", "followUps.engagementId")
      .select(["followUps.status", "followUps.dueDate", "followUps.ownerName", "engagements.date"])
      .where("engagements.facilityId", "=", demoId("facility:blora"))
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.date).toBe("2024-04-16");
      expect(r.status).toBe("open");
      expect(r.dueDate < NOW.slice(0, 10)).toBe(true);
      expect(r.ownerName).toContain("Komang Gede Irawadi");
    }
  });

  it("gives every inmate a NIK that agrees with birth date, sex and a district of the recorded domicile, but one flagged", async () => {
    const inmates = await handle.db.selectFrom("inmates").selectAll().execute();
    const districts = await handle.db
      .selectFrom("areas")
      .select("code")
      .where("level", "=", "district")
      .execute();
    const districtSet = new Set(districts.map((d) => d.code));
    expect(inmates.some((i) => i.sex === "female")).toBe(true);
    const flagged = inmates.filter((i) => inmateNikDiscrepancies(toInmate(i)).length > 0);
    // Barabai's Nurul Hidayah: Dukcapil validated a NIK whose day of birth differs from the record.
    expect(flagged.map((i) => [i.name, i.nikValidation, inmateNikDiscrepancies(toInmate(i))])).toEqual([
      ["Nurul Hidayah", "valid", ["birthDate"]],
    ]);
    for (const i of inmates) {
      const nik = i.nik as string;
      const agrees = checkNik(nik, { birthDate: i.birthDate, sex: i.sex as "male" | "female" }).ok;
      expect(agrees).toBe(!flagged.includes(i));
      if (i.domicileRegencyCode === null) continue;
      expect(districtSet.has(`${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`)).toBe(true);
      expect(`${nik.slice(0, 2)}.${nik.slice(2, 4)}`).toBe(i.domicileRegencyCode);
    }
  });

  it("keeps one Papua-born inmate without a domicile, read from the NIK's old Merauke code under today's", async () => {
    const rows = await handle.db
      .selectFrom("inmates")
      .selectAll()
      .where("domicileRegencyCode", "is", null)
      .execute();
    expect(rows.map((r) => [r.name, r.facilityId, r.nik?.slice(0, 4)])).toEqual([
      ["Yohanes Gebze", demoId("facility:barabai"), "9101"],
    ]);
    const inmate = toInmate(rows[0] as (typeof rows)[number]);
    expect(effectiveDomicile(inmate)).toEqual({ regencyCode: "93.01", source: "nik" });
    const today = await handle.db.selectFrom("areas").select("code").where("code", "=", "93.01").execute();
    expect(today).toHaveLength(1);
  });

  it("has a national MoU of Ditjenpas with BNSP that Medan's PKS cites as its parent", async () => {
    const mou = await handle.db
      .selectFrom("agreements")
      .selectAll()
      .where("id", "=", demoId(`agreement:${NATIONAL_MOU_KEY}`))
      .executeTakeFirstOrThrow();
    expect(mou).toMatchObject({ kind: "mou", facilityId: null, regionalOfficeId: null, state: "signed" });
    expect(mou.signedOn).toBe("2024-08-14");
    expect(mou.signedDocumentId).not.toBeNull();
    const partners = await handle.db
      .selectFrom("agreementPartners")
      .innerJoin("partners", "partners.id", "agreementPartners.partnerId")
      .select("partners.name")
      .where("agreementId", "=", mou.id)
      .execute();
    expect(partners.map((p) => p.name)).toEqual(["Badan Nasional Sertifikasi Profesi (BNSP)"]);
    const children = await handle.db
      .selectFrom("agreements")
      .select(["facilityId", "kind", "signedOn"])
      .where("parentMouId", "=", mou.id)
      .execute();
    expect(children).toContainEqual({
      facilityId: demoId("facility:medan"),
      kind: "pks",
      signedOn: expect.any(String),
    });
    for (const c of children) expect((c.signedOn as string) >= (mou.signedOn as string)).toBe(true);
  });

  it("has Kanwil Sumatera Utara sign a PKS itself, with one partner, a signatory each side and its scan", async () => {
    const rows = await handle.db
      .selectFrom("agreements")
      .selectAll()
      .where("regionalOfficeId", "=", demoId("regional-office:12"))
      .where("kind", "=", "pks")
      .execute();
    expect(rows).toHaveLength(1);
    const pks = rows[0] as (typeof rows)[number];
    expect(pks).toMatchObject({
      facilityId: null,
      state: "signed",
      signedOn: "2025-06-12",
      endDate: "2028-06-11",
    });
    expect(new Set((pks.signatories as { side: string }[]).map((s) => s.side))).toEqual(
      new Set(["facility", "partner"]),
    );
    const doc = await handle.db
      .selectFrom("documents")
      .select(["regionalOfficeId", "facilityId"])
      .where("id", "=", pks.signedDocumentId as string)
      .executeTakeFirstOrThrow();
    expect(doc).toEqual({ regionalOfficeId: demoId("regional-office:12"), facilityId: null });
  });

  it("gives every convict in a cohort sentence facts, the expected release computed from them", async () => {
    const rows = await handle.db
      .selectFrom("inmates")
      .selectAll()
      .where("legalStatus", "=", "convict")
      .execute();
    const withSentence = rows.map(toInmate).filter((i) => i.sentence !== null);
    expect(withSentence.length).toBeGreaterThanOrEqual(48 + 2);
    for (const i of withSentence)
      expect(i.expectedReleaseDate).toBe(
        sentenceDates(i.sentence as NonNullable<typeof i.sentence>).expectedRelease,
      );
  });

  it("keeps Masohi's two MoU follow-ups open with the facility head as owner", async () => {
    const rows = await handle.db
      .selectFrom("followUps")
      .innerJoin("engagements", "engagements.id", "followUps.engagementId")
      .select(["followUps.status", "followUps.ownerName", "engagements.date", "engagements.kind"])
      .where("engagements.facilityId", "=", demoId("facility:masohi"))
      .execute();
    expect(rows).toHaveLength(2);
    for (const r of rows)
      expect(r).toEqual({
        status: "open",
        ownerName: "Yusuf Mukharom",
        date: "2023-08-31",
        kind: "courtesy_visit",
      });
  });

  it("records each cohort's moves from planned through running", async () => {
    const cohorts = await handle.db.selectFrom("cohorts").select(["id", "state"]).execute();
    for (const c of cohorts) {
      const moves = (await listHistory(handle.db, "cohort", c.id)).map((h) => h.to);
      expect(moves.slice(0, 3)).toEqual(["planned", "open", "running"]);
      expect(moves.at(-1)).toBe(c.state);
    }
  });

  it("records no lifecycle move after the seed's now", async () => {
    const late = await handle.db.selectFrom("lifecycleHistory").select("id").where("at", ">", NOW).execute();
    expect(late).toHaveLength(0);
  });

  it("does nothing when seeded a second time", async () => {
    const before = await handle.db.selectFrom("agreements").select("id").execute();
    const again = await seedDemoData(handle.db, { now: NOW });
    expect(again.seeded).toBe(false);
    const after = await handle.db.selectFrom("agreements").select("id").execute();
    expect(after).toHaveLength(before.length);
  });
});

describe.each(testBackends())("demo seed failure on $name", (backend) => {
  it("writes nothing when the story cannot be told at the given date", async () => {
    const handle = await backend.open();
    try {
      await expect(seedDemoData(handle.db, { now: "2025-01-01T00:00:00.000Z" })).rejects.toThrow(
        /now must be/,
      );
      expect(await isEmpty(handle.db)).toBe(true);
      const history = await handle.db.selectFrom("lifecycleHistory").select("id").execute();
      expect(history).toHaveLength(0);
    } finally {
      await handle.close();
    }
  }, 120_000);
});

describe("demo ids", () => {
  it("derives the same v4-shaped UUID from the same key every time", () => {
    const id = demoId("facility:medan");
    expect(id).toBe(demoId("facility:medan"));
    expect(id).not.toBe(demoId("facility:blora"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
