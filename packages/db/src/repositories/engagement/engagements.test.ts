import { randomUUID } from "node:crypto";
import type { Engagement, FollowUp } from "@sinergi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { insertOrgFixture, type OrgFixture } from "../../testing/fixtures.ts";
import { testBackends } from "../../testing/index.ts";
import { findEngagement, insertEngagement, listEngagements, saveEngagement } from "./engagements.ts";
import {
  findFollowUp,
  followUpsOfEngagement,
  insertFollowUps,
  listFollowUps,
  saveFollowUp,
} from "./follow-ups.ts";

const at = "2026-11-01T00:00:00.000Z";
const sortDate = { field: "date", direction: "asc" } as const;

describe.each(testBackends())("engagement repository on $name", (backend) => {
  let handle: SinergiDb;
  let org: OrgFixture;
  const db = () => handle.db;

  const engagement = (overrides: Partial<Engagement> = {}): Engagement => ({
    id: randomUUID(),
    facilityId: org.facilityId,
    partnerIds: [org.partnerIds[0]],
    kind: "audience",
    date: "2026-11-20",
    place: "Kantor Wali Kota",
    attendees: [{ name: "Budi", role: "Kepala Rutan", side: "facility" }],
    summary: "Audiensi",
    outcomes: ["Dukungan pelatihan"],
    ...overrides,
  });
  const followUp = (engagementId: string, overrides: Partial<FollowUp> = {}): FollowUp => ({
    id: randomUUID(),
    engagementId,
    text: "Kirim draf PKS",
    ownerName: "Budi",
    dueDate: "2026-12-01",
    status: "open",
    closedAt: null,
    note: null,
    dropReason: null,
    ...overrides,
  });

  beforeAll(async () => {
    handle = await backend.open();
    org = await insertOrgFixture(db(), { at: "2026-01-01T00:00:00.000Z" });
  });
  afterAll(() => handle.close());

  it("stores an engagement with its partners in the order named and reads it back", async () => {
    const e = engagement({ partnerIds: [org.partnerIds[2], org.partnerIds[0]] });
    const saved = await insertEngagement(db(), e, at);
    expect(saved).toEqual({ ...e, revision: 1, createdAt: at, updatedAt: at });
    expect(await findEngagement(db(), e.id)).toEqual(saved);
    expect(await findEngagement(db(), randomUUID())).toBeUndefined();
  });

  it("saves an edit, replacing partner links and bumping the revision", async () => {
    const e = engagement();
    await insertEngagement(db(), e, at);
    const next = { ...e, kind: "coordination" as const, place: null, partnerIds: [org.partnerIds[1]] };
    const saved = await saveEngagement(db(), next, e, "2026-11-02T00:00:00.000Z");
    expect(saved).toMatchObject({
      kind: "coordination",
      place: null,
      partnerIds: [org.partnerIds[1]],
      revision: 2,
    });
  });

  it("lists by facility, partner, kind and inclusive dates, sorted by date, page by page", async () => {
    const facilityId = org.jayapuraFacilityId;
    const dates = ["2026-03-01", "2026-03-05", "2026-03-10", "2026-03-15"];
    for (const [i, date] of dates.entries())
      await insertEngagement(
        db(),
        engagement({
          facilityId,
          date,
          kind: i % 2 === 0 ? "monitoring" : "signing",
          partnerIds: i === 3 ? [org.partnerIds[2]] : [org.partnerIds[1]],
        }),
        at,
      );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listEngagements(db(), {
        facilityId,
        sort: { field: "date", direction: "desc" },
        limit: 3,
        cursor,
      });
      seen.push(...page.items.map((e) => e.date));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...dates].reverse());
    const ranged = await listEngagements(db(), {
      facilityId,
      from: "2026-03-05",
      to: "2026-03-10",
      sort: sortDate,
      limit: 10,
    });
    expect(ranged.items.map((e) => e.date)).toEqual(["2026-03-05", "2026-03-10"]);
    const kind = await listEngagements(db(), { facilityId, kind: "signing", sort: sortDate, limit: 10 });
    expect(kind.items.map((e) => e.date)).toEqual(["2026-03-05", "2026-03-15"]);
    const partner = await listEngagements(db(), {
      partnerId: org.partnerIds[2],
      facilityId,
      sort: sortDate,
      limit: 10,
    });
    expect(partner.items.map((e) => e.date)).toEqual(["2026-03-15"]);
  });

  it("lists only what lies inside a facility, regional or partner scope", async () => {
    const scoped = (viewer: Parameters<typeof listEngagements>[1]["viewer"]) =>
      listEngagements(db(), { viewer, sort: sortDate, limit: 200 });
    const salatiga = await scoped({ kind: "facility", facilityId: org.facilityId });
    expect(salatiga.items.every((e) => e.facilityId === org.facilityId)).toBe(true);
    expect(salatiga.items.length).toBeGreaterThan(0);
    expect((await scoped({ kind: "regional", regionalOfficeId: randomUUID() })).items).toEqual([]);
    const partner = await scoped({ kind: "partner", partnerId: org.partnerIds[2] });
    expect(partner.items.every((e) => e.partnerIds.includes(org.partnerIds[2]))).toBe(true);
  });

  it("stores follow-ups, lists them by status and owner, and saves a move", async () => {
    const e = engagement();
    await insertEngagement(db(), e, at);
    const a = followUp(e.id, { ownerName: "Sari Dewi" });
    const b = followUp(e.id, { dueDate: "2026-12-10" });
    await insertFollowUps(db(), [a, b], at);
    const both = await followUpsOfEngagement(db(), e.id);
    expect(both.map((f) => f.id)).toEqual([a.id, b.id]);
    expect(both[0]).toMatchObject({
      facilityId: org.facilityId,
      engagementDate: "2026-11-20",
      timeZone: "Asia/Jakarta",
    });
    const owner = await listFollowUps(
      db(),
      { engagementId: e.id, ownerName: "sari dewi", sort: { field: "dueDate", direction: "asc" }, limit: 10 },
      at,
    );
    expect(owner.items.map((f) => f.id)).toEqual([a.id]);
    const done = await saveFollowUp(db(), { ...a, status: "done", closedAt: at, note: "terkirim" }, at);
    expect(done).toMatchObject({ status: "done", note: "terkirim", revision: 2 });
    const open = await listFollowUps(
      db(),
      { engagementId: e.id, status: "open", sort: { field: "dueDate", direction: "asc" }, limit: 10 },
      at,
    );
    expect(open.items.map((f) => f.id)).toEqual([b.id]);
    expect((await findFollowUp(db(), a.id))?.status).toBe("done");
  });

  it("judges overdue on each facility's own calendar day", async () => {
    const wib = engagement({ date: "2026-05-01" });
    const wit = engagement({ date: "2026-05-01", facilityId: org.jayapuraFacilityId });
    await insertEngagement(db(), wib, at);
    await insertEngagement(db(), wit, at);
    const fWib = followUp(wib.id, { dueDate: "2026-05-10" });
    const fWit = followUp(wit.id, { dueDate: "2026-05-10" });
    await insertFollowUps(db(), [fWib, fWit], at);
    // 23:30 WIB on the 10th = 01:30 WIT on the 11th: only Jayapura's follow-up is past due.
    const instant = "2026-05-10T16:30:00.000Z";
    const ids = async (overdue: boolean) =>
      (
        await listFollowUps(
          db(),
          { overdue, sort: { field: "dueDate", direction: "asc" }, limit: 200 },
          instant,
        )
      ).items
        .map((f) => f.id)
        .filter((id) => id === fWib.id || id === fWit.id);
    expect(await ids(true)).toEqual([fWit.id]);
    expect(await ids(false)).toEqual([fWib.id]);
  });

  it("refuses rows that break the lifecycle invariants", async () => {
    const e = engagement();
    await insertEngagement(db(), e, at);
    await expect(
      insertFollowUps(db(), [followUp(e.id, { status: "dropped", closedAt: at })], at),
    ).rejects.toThrow();
    await expect(insertFollowUps(db(), [followUp(e.id, { note: "catatan" })], at)).rejects.toThrow();
    await expect(insertFollowUps(db(), [followUp(e.id, { status: "done" })], at)).rejects.toThrow();
    await expect(insertFollowUps(db(), [followUp(e.id, { status: "lost" as "open" })], at)).rejects.toThrow();
  });
});
