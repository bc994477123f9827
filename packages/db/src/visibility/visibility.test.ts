import type { Scope } from "@sinergi/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../connection.ts";
import { findCohort } from "../repositories/training/cohorts.ts";
import { seedDemoData } from "../seed/index.ts";
import { demoId } from "../seed/shared.ts";
import { testBackends } from "../testing/index.ts";
import { VISIBLE_KINDS, visibleIds } from "./kinds.ts";
import { auditPlace } from "./place.ts";
import { isChangeable, isVisible, visibleAmong } from "./predicates.ts";
import { unseenReferences } from "./references.ts";

const NOW = "2026-11-23T02:00:00.000Z";
const sumut = demoId("regional-office:12");
const jateng = demoId("regional-office:33");

describe.each(testBackends())("visibility on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  const facility = (key: string): Scope => ({ kind: "facility", facilityId: demoId(`facility:${key}`) });
  const partner = (key: string): Scope => ({ kind: "partner", partnerId: demoId(`partner:${key}`) });

  beforeAll(async () => {
    handle = await backend.open();
    await seedDemoData(handle.db, { now: NOW });
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });

  it("builds a query every viewer can run for every kind (national sees all: no predicate)", async () => {
    const viewers: Scope[] = [
      { kind: "regional", regionalOfficeId: sumut },
      facility("medan"),
      partner("pemko-medan"),
    ];
    for (const kind of VISIBLE_KINDS) {
      expect(visibleIds(kind, { kind: "national" }), kind).toBeUndefined();
      for (const viewer of viewers) {
        const ids = visibleIds(kind, viewer);
        if (ids) await sql`select count(*) from (${ids}) v`.execute(db());
      }
    }
  });

  it("shows a facility its own Kanwil only, and reads an unseen id exactly like a missing one", async () => {
    const salatiga = facility("salatiga");
    expect(await isVisible(db(), "regional_office", salatiga, jateng)).toBe(true);
    expect(await isVisible(db(), "regional_office", salatiga, sumut)).toBe(false);
    expect(await isVisible(db(), "regional_office", salatiga, "00000000-0000-4000-8000-000000000000")).toBe(
      false,
    );
    expect(await isVisible(db(), "regional_office", salatiga, "not-a-uuid")).toBe(false);
  });

  it("lets a parent partner see its agencies' cohorts, where the agency's sibling city does not", async () => {
    const row = await db()
      .selectFrom("cohorts")
      .innerJoin("programs", "programs.id", "cohorts.programId")
      .select("cohorts.id")
      .where("programs.providerPartnerId", "=", demoId("partner:disnaker-medan"))
      .executeTakeFirstOrThrow();
    expect(await findCohort(db(), row.id, { viewer: partner("pemko-medan") })).toBeDefined();
    expect(await findCohort(db(), row.id, { viewer: partner("disnaker-medan") })).toBeDefined();
    expect(await findCohort(db(), row.id, { viewer: partner("pemkot-salatiga") })).toBeUndefined();
    const family = await visibleAmong(db(), "partner", partner("pemko-medan"), [
      demoId("partner:pemko-medan"),
      demoId("partner:disnaker-medan"),
      demoId("partner:pemkot-salatiga"),
    ]);
    expect(family).toEqual(new Set([demoId("partner:pemko-medan"), demoId("partner:disnaker-medan")]));
  });

  it("lets only a register's own office change its partners, the national register only national admins", async () => {
    const pemko = demoId("partner:pemko-medan");
    const bnsp = demoId("partner:bnsp");
    expect(await isChangeable(db(), "partner", facility("medan"), pemko)).toBe(true);
    expect(await isChangeable(db(), "partner", { kind: "regional", regionalOfficeId: sumut }, pemko)).toBe(
      true,
    );
    expect(await isChangeable(db(), "partner", facility("salatiga"), pemko)).toBe(false);
    expect(await isChangeable(db(), "partner", facility("medan"), bnsp)).toBe(false);
    expect(await isChangeable(db(), "partner", { kind: "national" }, bnsp)).toBe(true);
    expect(await isVisible(db(), "partner", facility("salatiga"), pemko)).toBe(true);
  });

  it("answers references the same whether missing or unseen, unless only existence is asked", async () => {
    const medanFacility = demoId("facility:medan");
    const refs = [
      { kind: "facility" as const, id: medanFacility, field: "facilityId" },
      { kind: "facility" as const, id: "00000000-0000-4000-8000-000000000000", field: "other" },
    ];
    const unseen = await unseenReferences(db(), facility("salatiga"), refs);
    expect(unseen.map((r) => r.field)).toEqual(["facilityId", "other"]);
    const existing = await unseenReferences(
      db(),
      facility("salatiga"),
      refs.map((r) => ({ ...r, existenceOnly: true })),
    );
    expect(existing.map((r) => r.field)).toEqual(["other"]);
  });

  it("places a register's records with their office and a cohort with its facility", async () => {
    const partnerPlace = await auditPlace(db(), "partner", demoId("partner:pemko-medan"), {
      kind: "national",
    });
    expect(partnerPlace).toEqual({ facilityId: null, regionalOfficeId: sumut });
    const national = await auditPlace(db(), "partner", demoId("partner:bnsp"), facility("salatiga"));
    expect(national).toEqual({ facilityId: demoId("facility:salatiga"), regionalOfficeId: jateng });
  });
});
