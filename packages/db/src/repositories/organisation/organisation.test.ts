import { randomUUID } from "node:crypto";
import { grantLicence } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { testBackends } from "../../testing/index.ts";
import { insertRegionalOffice } from "../regional-office/regional-offices.ts";
import { areaNames, listAreas, unknownAreaCodes } from "./areas.ts";
import { findFacility, insertFacility, listFacilities, updateFacility } from "./facilities.ts";
import { findLicence, insertLicence, listLicences, saveLicence } from "./licences.ts";
import { findPartner, insertPartner, listPartners, partnerAncestors, updatePartner } from "./partners.ts";
import { findPopulationSnapshot, insertPopulationSnapshot, listPopulationSnapshots } from "./population.ts";

const at = "2025-11-01T00:00:00.000Z";
const later = "2025-11-02T00:00:00.000Z";

describe.each(testBackends())("organisation repositories on $name", (backend) => {
  let handle: SinergiDb;
  let officeId: string;
  const db = () => handle.db;

  beforeAll(async () => {
    handle = await backend.open();
    officeId = randomUUID();
    await insertRegionalOffice(db(), officeId, { name: "Kanwil Sumatera Utara", provinceCode: "12" }, at);
  });
  afterAll(() => handle.close());

  const facility = (name: string, regencyCode = "12.71") =>
    insertFacility(
      db(),
      randomUUID(),
      {
        regionalOfficeId: officeId,
        kind: "rutan",
        class: "I",
        specialisation: "general",
        name,
        regencyCode,
        timeZoneOverride: null,
        capacity: 1200,
        head: { name: "Kepala", title: "Karutan" },
        contacts: [{ name: "Humas", phone: "+62 61 123456" }],
      },
      "Asia/Jakarta",
      at,
    );

  it("reads the official areas by level, parent and name", async () => {
    const provinces = await listAreas(db(), { level: "province", limit: 50 });
    expect(provinces.items.map((a) => a.code)).toContain("81");
    const inMaluku = await listAreas(db(), { parent: "81", q: "maluku tengah", limit: 10 });
    expect(inMaluku.items).toEqual([
      expect.objectContaining({ code: "81.01", level: "regency", parentCode: "81" }),
    ]);
    expect(await unknownAreaCodes(db(), ["12.71", "99.99"], "regency")).toEqual(["99.99"]);
    const names = await areaNames(db(), ["33.73", "99.99", "33.73.01", "33.73"]);
    expect([...names.entries()].sort()).toEqual([
      ["33.73", "KOTA SALATIGA"],
      ["33.73.01", "Sidorejo"],
    ]);
  });

  it("stores a facility with its head and contacts, filters it and bumps the revision on update", async () => {
    const f = await facility("Rutan Kelas I Medan");
    expect(await findFacility(db(), f.id)).toMatchObject({
      head: { name: "Kepala", title: "Karutan" },
      contacts: [{ name: "Humas" }],
      timeZone: "Asia/Jakarta",
      revision: 1,
    });
    const page = await listFacilities(db(), {
      regionalOfficeId: officeId,
      regencyCode: "12.71",
      kind: "rutan",
      sort: { field: "name", direction: "asc" },
      limit: 10,
    });
    expect(page.items.map((x) => x.id)).toContain(f.id);
    const u = await updateFacility(db(), f.id, { capacity: 1300, head: null }, "Asia/Jakarta", later);
    expect(u).toMatchObject({ capacity: 1300, head: null, revision: 2, updatedAt: later });
  });

  it("stores a snapshot with its domicile counts and refuses a second one on the same date", async () => {
    const f = await facility("Rutan Snapshot", "12.71");
    const s = await insertPopulationSnapshot(
      db(),
      randomUUID(),
      f.id,
      {
        takenOn: "2025-11-10",
        total: 3290,
        detainees: 1236,
        convicts: 2054,
        byDomicile: [
          { regencyCode: "12.71", count: 2340 },
          { regencyCode: "12.07", count: 100 },
        ],
      },
      at,
    );
    expect((await findPopulationSnapshot(db(), s.id))?.byDomicile).toEqual([
      { regencyCode: "12.07", count: 100 },
      { regencyCode: "12.71", count: 2340 },
    ]);
    const list = await listPopulationSnapshots(db(), {
      facilityId: f.id,
      sort: { field: "takenOn", direction: "desc" },
      limit: 10,
    });
    expect(list.items).toHaveLength(1);
    await expect(
      insertPopulationSnapshot(
        db(),
        randomUUID(),
        f.id,
        { takenOn: "2025-11-10", total: 0, detainees: 0, convicts: 0, byDomicile: [] },
        at,
      ),
    ).rejects.toThrow();
  });

  it("refuses a snapshot whose status counts do not add up, at the database too", async () => {
    const f = await facility("Rutan Check", "12.71");
    await expect(
      insertPopulationSnapshot(
        db(),
        randomUUID(),
        f.id,
        { takenOn: "2025-11-10", total: 10, detainees: 1, convicts: 1, byDomicile: [] },
        at,
      ),
    ).rejects.toThrow();
  });

  it("saves a licence move and lists licences by status", async () => {
    const f = await facility("Rutan Licence", "12.71");
    const l = await insertLicence(
      db(),
      randomUUID(),
      f.id,
      {
        type: "primary_clinic",
        issuer: "Dinas Kesehatan",
        number: null,
        status: "applied",
        appliedOn: "2025-01-01",
        grantedOn: null,
        expiresOn: null,
        notes: null,
        documentId: null,
      },
      at,
    );
    expect(l.documentId).toBeNull();
    const moved = grantLicence(
      l,
      { number: "503/1", grantedOn: "2025-02-01", expiresOn: "2030-02-01" },
      { actor: "t", at: later },
    );
    if (!moved.ok) throw new Error(moved.error.code);
    const saved = await saveLicence(db(), moved.value.entity, later);
    expect(saved).toMatchObject({ status: "granted", number: "503/1", revision: 2 });
    expect((await findLicence(db(), l.id))?.expiresOn).toBe("2030-02-01");
    const granted = await listLicences(db(), {
      facilityId: f.id,
      status: "granted",
      sort: { field: "createdAt", direction: "asc" },
      limit: 10,
    });
    expect(granted.items.map((x) => x.id)).toEqual([l.id]);
  });

  it("stores partners under a parent, walks the ancestors and filters by area prefix and field", async () => {
    const pemkab = await insertPartner(
      db(),
      randomUUID(),
      {
        kind: "local_government",
        name: "Pemerintah Kabupaten Maluku Tengah",
        parentId: null,
        areaCode: "81.01",
        contacts: [],
        fields: [],
      },
      at,
    );
    const dinsos = await insertPartner(
      db(),
      randomUUID(),
      {
        kind: "government_agency",
        name: "Dinas Sosial Maluku Tengah",
        parentId: pemkab.id,
        areaCode: "81.01",
        contacts: [],
        fields: ["social"],
      },
      at,
    );
    expect(await partnerAncestors(db(), dinsos.id)).toEqual([pemkab.id]);
    const inMaluku = await listPartners(db(), {
      areaCode: "81",
      field: "social",
      sort: { field: "name", direction: "asc" },
      limit: 10,
    });
    expect(inMaluku.items.map((p) => p.id)).toEqual([dinsos.id]);
    const children = await listPartners(db(), {
      parentId: pemkab.id,
      sort: { field: "name", direction: "asc" },
      limit: 10,
    });
    expect(children.items.map((p) => p.id)).toEqual([dinsos.id]);
    const u = await updatePartner(db(), dinsos.id, { fields: ["social", "fisheries"] }, later);
    expect(u).toMatchObject({ fields: ["social", "fisheries"], revision: 2 });
    expect((await findPartner(db(), dinsos.id))?.fields).toEqual(["social", "fisheries"]);
  });
});
