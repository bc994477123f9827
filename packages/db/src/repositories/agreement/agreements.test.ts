import { randomUUID } from "node:crypto";
import { type Agreement, type AgreementStatus, agreementStatusAt } from "@sinergi/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { insertOrgFixture, type OrgFixture } from "../../testing/fixtures.ts";
import { testBackends } from "../../testing/index.ts";
import { insertDocument } from "../document/documents.ts";
import { allActionItems, insertActionItems, listActionItems, saveActionItem } from "./action-items.ts";
import {
  agreementStatusInDb,
  findAgreement,
  insertAgreement,
  listAgreements,
  saveAgreement,
  successorStates,
} from "./agreements.ts";
import { insertAgreementVersion, listAgreementVersions } from "./versions.ts";

const at = "2024-01-01T00:00:00.000Z";
const docId = randomUUID();
const doc = { documentId: docId, fileName: "pks.pdf", mediaType: "application/pdf", sha256: "c".repeat(64) };

/** Stores the document the signed rows refer to. */
async function insertTestDocument(db: SinergiDb["db"]): Promise<void> {
  const content = new TextEncoder().encode("%PDF-1.4 test");
  const facts = { fileName: "pks.pdf", mediaType: "application/pdf" as const, sha256: "c".repeat(64) };
  const owner = { facilityId: null, regionalOfficeId: null, uploadedBy: "t" };
  await insertDocument(
    db,
    { id: docId, purpose: "signed_agreement", ...facts, sizeBytes: content.length, ...owner },
    content,
    at,
  );
}

describe.each(testBackends())("agreement repository on $name", (backend) => {
  let handle: SinergiDb;
  let org: OrgFixture;
  const db = () => handle.db;

  const agreement = (overrides: Partial<Agreement> = {}): Agreement => ({
    id: randomUUID(),
    kind: "pks",
    title: "PKS Kesehatan",
    facilityId: org.facilityId,
    regionalOfficeId: null,
    partnerIds: [org.partnerIds[0]],
    parentMouId: null,
    fields: ["health"],
    facilityDocumentNumber: null,
    partnerDocumentNumber: null,
    signatories: [],
    signedDocumentId: null,
    startDate: null,
    endDate: null,
    recordAccess: null,
    renewsId: null,
    state: "draft",
    signedAt: null,
    signedOn: null,
    signedTime: null,
    terminatedOn: null,
    terminationReason: null,
    version: 1,
    ...overrides,
  });
  const signed = (overrides: Partial<Agreement> = {}) =>
    agreement({
      state: "signed",
      signedAt: at,
      signedOn: "2023-12-29",
      facilityDocumentNumber: "F-1",
      partnerDocumentNumber: "P-1",
      signatories: [
        { name: "A", position: "Karutan", side: "facility", role: "signs" },
        { name: "B", position: "Kadis", side: "partner", role: "signs" },
      ],
      signedDocumentId: docId,
      startDate: "2024-03-05",
      endDate: "2027-03-04",
      ...overrides,
    });

  beforeAll(async () => {
    handle = await backend.open();
    org = await insertOrgFixture(handle.db);
    await insertTestDocument(handle.db);
  });
  afterAll(() => handle.close());

  it("stores an agreement and reads it back with partners, time zone and no successor", async () => {
    const mou = agreement({
      kind: "mou",
      facilityId: null,
      regionalOfficeId: org.regionalOfficeId,
      partnerIds: [org.partnerIds[1], org.partnerIds[0]],
    });
    const saved = await insertAgreement(db(), mou, at);
    expect(saved).toMatchObject({
      id: mou.id,
      kind: "mou",
      partnerIds: [...org.partnerIds.slice(0, 2)].sort(),
      signedDocument: null,
      revision: 1,
      createdAt: at,
      timeZone: "Asia/Jakarta",
      successorId: null,
    });
    const s = await insertAgreement(db(), signed({ facilityId: org.jayapuraFacilityId }), at);
    expect(s.signedDocument).toEqual(doc);
    expect(s.timeZone).toBe("Asia/Jayapura");
    expect(s.signatories).toHaveLength(2);
  });

  it("saves a change, bumping the revision and replacing the partners", async () => {
    const a = await insertAgreement(db(), agreement({ kind: "mou", partnerIds: [org.partnerIds[0]] }), at);
    const next = { ...a, title: "MoU Bersama", partnerIds: [org.partnerIds[2]] };
    const saved = await saveAgreement(db(), next, a, "2024-01-02T00:00:00.000Z");
    expect(saved).toMatchObject({ title: "MoU Bersama", partnerIds: [org.partnerIds[2]], revision: 2 });
    expect((await findAgreement(db(), a.id))?.updatedAt).toBe("2024-01-02T00:00:00.000Z");
  });

  it("accepts a PKS ending the day before its third anniversary, 28 February for one from 29 February", async () => {
    await insertAgreement(db(), agreement({ startDate: "2024-01-01", endDate: "2026-12-31" }), at);
    await insertAgreement(db(), agreement({ startDate: "2024-02-29", endDate: "2027-02-28" }), at);
    const office = await insertAgreement(
      db(),
      agreement({ facilityId: null, regionalOfficeId: org.regionalOfficeId }),
      at,
    );
    expect(office.timeZone).toBe("Asia/Jakarta");
  });

  it("refuses rows that break the agreement rules", async () => {
    const bad: Agreement[] = [
      agreement({ state: "signed", signedAt: at }), // signed without document numbers, document, dates
      agreement({ startDate: "2024-01-01", endDate: "2027-01-01" }), // PKS ending on its third anniversary
      agreement({ startDate: "2024-02-29", endDate: "2027-03-01" }), // ... 29 February's is 1 March
      signed({ state: "terminated", terminationReason: "x" }), // terminated without a date
      signed({ state: "terminated", terminationReason: "x", terminatedOn: "2024-03-04" }), // before the start
      signed({ signedOn: null }), // signed without a signing day
      agreement({ regionalOfficeId: org.regionalOfficeId }), // both parties
      agreement({ facilityId: null }), // a national PKS
    ];
    for (const row of bad) {
      await expect(insertAgreement(db(), row, at)).rejects.toMatchObject({ code: "23514" });
    }
  });

  it("keeps one live successor per agreement, freed again by a withdrawal", async () => {
    const pred = await insertAgreement(db(), signed(), at);
    const first = await insertAgreement(db(), agreement({ renewsId: pred.id }), at);
    await expect(insertAgreement(db(), agreement({ renewsId: pred.id }), at)).rejects.toMatchObject({
      code: "23505",
    });
    await saveAgreement(db(), { ...first, state: "withdrawn" }, first, at);
    const second = await insertAgreement(db(), agreement({ renewsId: pred.id }), at);
    expect(await successorStates(db(), pred.id)).toEqual(expect.arrayContaining(["withdrawn", "draft"]));
    expect((await findAgreement(db(), pred.id))?.successorId).toBe(second.id);
  });

  it("computes the same status in SQL as the domain, in each facility's time zone", async () => {
    const wib = await insertAgreement(db(), signed(), at);
    const wit = await insertAgreement(db(), signed({ facilityId: org.jayapuraFacilityId }), at);
    const instants = [
      "2024-03-04T15:30:00.000Z", // 22:30 WIB (upcoming), 00:30 WIT on the 5th (active)
      "2025-01-01T00:00:00.000Z",
      "2026-12-03T16:00:00.000Z",
      "2027-03-04T16:30:00.000Z",
      "2027-03-04T15:30:00.000Z",
      "2028-01-01T00:00:00.000Z",
    ];
    for (const instant of instants) {
      for (const id of [wib.id, wit.id]) {
        const view = await findAgreement(db(), id);
        if (!view) throw new Error("missing");
        expect(await agreementStatusInDb(db(), id, instant)).toBe(
          agreementStatusAt(
            view,
            instant,
            view.timeZone,
            view.successorState && { state: view.successorState },
          ),
        );
      }
    }
    expect(await agreementStatusInDb(db(), wib.id, instants[0] as string)).toBe("upcoming");
    expect(await agreementStatusInDb(db(), wit.id, instants[0] as string)).toBe("active");
    const renewal = await insertAgreement(
      db(),
      signed({ renewsId: wib.id, startDate: "2027-03-05", endDate: "2030-03-04" }),
      at,
    );
    expect(await agreementStatusInDb(db(), wib.id, "2025-01-01T00:00:00.000Z")).toBe("renewed");
    expect(renewal.renewsId).toBe(wib.id);
  });

  it("filters and sorts a list, walking every page once", async () => {
    const fresh = await backend.open();
    try {
      const o = await insertOrgFixture(fresh.db);
      await insertTestDocument(fresh.db);
      const mk = (overrides: Partial<Agreement>) =>
        insertAgreement(
          fresh.db,
          {
            ...signed(),
            id: randomUUID(),
            facilityId: o.facilityId,
            partnerIds: [o.partnerIds[0]],
            ...overrides,
          },
          at,
        );
      await mk({ title: "A", fields: ["health"], endDate: "2024-12-31" });
      await mk({ title: "B", fields: ["literacy"], partnerIds: [o.partnerIds[1]] });
      await mk({ title: "C", kind: "mou", fields: ["social", "health"], endDate: "2025-06-30" });
      await mk({
        ...agreement(),
        facilityId: o.jayapuraFacilityId,
        partnerIds: [o.partnerIds[1]],
        title: "D",
        fields: ["trade"],
      });
      const list = (q: Record<string, unknown>, instant = "2024-10-15T00:00:00.000Z") =>
        listAgreements(
          fresh.db,
          { sort: { field: "title", direction: "asc" }, limit: 50, ...q },
          instant,
        ).then((p) => p.items.map((i) => i.title));
      expect(await list({ kind: "mou" })).toEqual(["C"]);
      expect(await list({ facilityId: o.jayapuraFacilityId })).toEqual(["D"]);
      expect(await list({ partnerId: o.partnerIds[1] })).toEqual(["B", "D"]);
      expect(await list({ state: "draft" })).toEqual(["D"]);
      expect(await list({ field: "health" })).toEqual(["A", "C"]);
      expect(await list({ endBefore: "2025-01-01" })).toEqual(["A"]);
      expect(await list({ endAfter: "2025-01-01" })).toEqual(["B", "C"]);
      expect(await list({ status: "expiring" as AgreementStatus })).toEqual(["A"]);
      expect(await list({ status: "active" as AgreementStatus })).toEqual(["B", "C"]);
      expect(await list({ status: "draft" as AgreementStatus })).toEqual(["D"]);
      expect(await list({ q: "b" })).toEqual(["B"]);
      const titles: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listAgreements(
          fresh.db,
          { sort: { field: "endDate", direction: "desc" }, limit: 1, cursor },
          at,
        );
        titles.push(...page.items.map((i) => i.title));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(titles).toEqual(["D", "B", "C", "A"]); // undated draft sorts as the latest end
    } finally {
      await fresh.close();
    }
  });

  it("keeps superseded versions readable", async () => {
    const a = await insertAgreement(db(), signed(), at);
    await insertAgreementVersion(db(), a, { at, by: "tester", reason: "addendum" });
    await saveAgreement(db(), { ...a, version: 2, title: "Amended" }, a, at);
    const versions = await listAgreementVersions(db(), a.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, supersededBy: "tester", reason: "addendum" });
    expect(versions[0]?.snapshot).toMatchObject({ title: "PKS Kesehatan", version: 1 });
  });

  it("stores an action plan in order, saves realisations and pages through it", async () => {
    const a = await insertAgreement(db(), agreement(), at);
    const items = ["one", "two", "three"].map((activity) => ({
      id: randomUUID(),
      agreementId: a.id,
      activity,
      field: "health",
      target: { amount: 2.5, unit: "kegiatan" },
      dueDate: "2025-01-01",
      realisedAmount: 0,
      evidence: [],
      status: "planned" as const,
    }));
    await insertActionItems(db(), items, at);
    expect((await allActionItems(db(), a.id)).map((i) => i.activity)).toEqual(["one", "two", "three"]);
    const first = items[0];
    if (!first) throw new Error("no item");
    const saved = await saveActionItem(
      db(),
      {
        ...first,
        realisedAmount: 1.5,
        status: "in_progress",
        evidence: [{ label: "foto", url: "https://x.id/a" }],
      },
      at,
    );
    expect(saved).toMatchObject({ realisedAmount: 1.5, target: { amount: 2.5 }, revision: 2 });
    expect(saved.evidence).toEqual([{ label: "foto", url: "https://x.id/a" }]);
    const page1 = await listActionItems(db(), a.id, { limit: 2 });
    const page2 = await listActionItems(db(), a.id, { limit: 2, cursor: page1.nextCursor ?? undefined });
    expect([...page1.items, ...page2.items].map((i) => i.activity)).toEqual(["one", "two", "three"]);
    expect(page2.nextCursor).toBeNull();
    expect((await listActionItems(db(), a.id, { limit: 9, status: "in_progress" })).items).toHaveLength(1);
    const negative = sql`update action_items set realised_amount = -1 where id = ${first.id}`;
    await expect(negative.execute(db())).rejects.toMatchObject({ code: "23514" });
  });
});
