import { randomUUID } from "node:crypto";
import { currentRegencyCode, type Inmate, makeNik, REGENCY_SUCCESSORS } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { insertTrainingFixture, type TrainingFixture } from "../../testing/fixtures.ts";
import { testBackends } from "../../testing/index.ts";
import { findInmate, insertInmate, listInmates } from "./inmates.ts";

const at = "2024-02-01T00:00:00.000Z";

describe.each(testBackends())("inmate facts on $name", (backend) => {
  let handle: SinergiDb;
  let fx: TrainingFixture;
  let serial = 100;
  const db = () => handle.db;
  const inmate = (districtCode: string, overrides: Partial<Inmate> = {}): Inmate => {
    serial += 1;
    return {
      id: randomUUID(),
      facilityId: fx.facilityId,
      registrationNumber: `F.${serial}`,
      name: `Papua ${serial}`,
      nik: makeNik({ districtCode, birthDate: "1990-05-17", sex: "male", serial }),
      sex: "male",
      birthDate: "1990-05-17",
      legalStatus: "convict",
      domicileRegencyCode: null,
      admissionDate: "2024-01-10",
      expectedReleaseDate: null,
      nikValidation: "unverified",
      sentence: null,
      ...overrides,
    };
  };

  beforeAll(async () => {
    handle = await backend.open();
    fx = await insertTrainingFixture(handle.db);
  });
  afterAll(() => handle.close());

  it("reads a NIK's old Papua code as today's code in SQL, the same as the domain, for every moved regency", async () => {
    for (const old of [...Object.keys(REGENCY_SUCCESSORS), "91.71", "12.71"]) {
      const i = await insertInmate(db(), inmate(`${old}.01`), at);
      const row = await db()
        .selectFrom("inmates")
        .select("effectiveDomicileCode")
        .where("id", "=", i.id)
        .executeTakeFirstOrThrow();
      expect([old, row.effectiveDomicileCode]).toEqual([old, currentRegencyCode(old)]);
    }
  });

  it("lists by the effective domicile: the record first, the NIK's current code only without one", async () => {
    const fromNik = await insertInmate(db(), inmate("91.01.03"), at);
    const recorded = await insertInmate(db(), inmate("91.01.03", { domicileRegencyCode: "12.71" }), at);
    const page = await listInmates(db(), {
      facilityId: fx.facilityId,
      domicileRegencyCode: "93.01",
      sort: { field: "createdAt", direction: "asc" },
      limit: 100,
    });
    const ids = page.items.map((i) => i.id);
    expect(ids).toContain(fromNik.id);
    expect(ids).not.toContain(recorded.id);
  });

  it("stores sentence facts and reads them back exactly", async () => {
    const sentence = {
      startDate: "2023-12-01",
      length: { years: 2, months: 6, days: 0 },
      remissions: [{ grantedOn: "2024-08-17", months: 1, days: 0 }],
    };
    const i = await insertInmate(
      db(),
      inmate("12.71.05", { sentence, expectedReleaseDate: "2026-05-01" }),
      at,
    );
    expect((await findInmate(db(), i.id))?.sentence).toEqual(sentence);
    const none = await insertInmate(db(), inmate("12.71.05"), at);
    expect((await findInmate(db(), none.id))?.sentence).toBeNull();
  });

  it("refuses a population split given by halves and a class that does not exist for the kind", async () => {
    const split = (detainees: number | null, convicts: number | null) =>
      db()
        .insertInto("populationSnapshots")
        .values({
          id: randomUUID(),
          facilityId: fx.facilityId,
          takenOn: `2024-0${(serial++ % 9) + 1}-01`,
          total: 10,
          detainees,
          convicts,
          createdAt: at,
          updatedAt: at,
        })
        .execute();
    await expect(split(null, null)).resolves.toBeDefined();
    await expect(split(4, 6)).resolves.toBeDefined();
    await expect(split(4, null)).rejects.toThrow();
    await expect(split(4, 5)).rejects.toThrow();
    await expect(
      db()
        .updateTable("facilities")
        .set({ kind: "rutan", class: "III" })
        .where("id", "=", fx.facilityId)
        .execute(),
    ).rejects.toThrow();
    await expect(
      db()
        .updateTable("facilities")
        .set({ kind: "lpka", class: "II" })
        .where("id", "=", fx.facilityId)
        .execute(),
    ).resolves.toBeDefined();
  });
});
