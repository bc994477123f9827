import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor, SinergiDb } from "../../connection.ts";
import { insertDraftPksRow, insertOrgFixture, testBackends } from "../../testing/index.ts";
import { claimDigest, pendingDigests, releaseDigest } from "./alert-emails.ts";
import { raiseAlerts, raiseReportFailed } from "./alerts-raise.ts";

const at = "2026-12-01T00:00:00.000Z";

async function signedPks(db: Executor, facilityId: string, endDate: string): Promise<string> {
  const id = await insertDraftPksRow(db, { facilityId, at });
  await db
    .updateTable("agreements")
    .set({
      state: "signed",
      startDate: "2026-01-01",
      endDate,
      facilityDocumentNumber: "W.1/PKS/2026",
      partnerDocumentNumber: "P/2026/1",
      signedDocument: JSON.stringify({ sha256: "a".repeat(64) }),
      signedAt: "2026-01-01T02:00:00.000Z",
      signedOn: "2026-01-01",
    })
    .where("id", "=", id)
    .execute();
  return id;
}

async function insertUser(db: Executor, role: string, scopeKind: string, scopeId: string | null) {
  const id = randomUUID();
  await db
    .insertInto("users")
    .values({
      id,
      email: `${id.slice(0, 8)}@example.org`,
      name: "Petugas",
      passwordHash: "x",
      previousPasswordHash: null,
      role,
      scopeKind,
      scopeId,
      lockedUntil: null,
      disabledAt: null,
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    } as never)
    .execute();
  return id;
}

describe.each(testBackends())("alerts on $name", (backend) => {
  let handle: SinergiDb;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("raises each alert once however often it runs, placed on its facility and office", async () => {
    const org = await insertOrgFixture(db());
    // 20 days left on 2026-12-01 in Jayapura: the 30-day alert, not the 90-day one it never reached.
    const ending = await signedPks(db(), org.jayapuraFacilityId, "2026-12-21");
    const far = await signedPks(db(), org.facilityId, "2027-06-30");
    const renewed = await signedPks(db(), org.facilityId, "2026-12-10");
    const successor = await signedPks(db(), org.facilityId, "2027-12-09");
    await db().updateTable("agreements").set({ renewsId: renewed }).where("id", "=", successor).execute();
    const engagementId = randomUUID();
    await db()
      .insertInto("engagements")
      .values({
        id: engagementId,
        facilityId: org.facilityId,
        kind: "monitoring",
        date: "2026-11-01",
        createdAt: at,
        updatedAt: at,
      } as never)
      .execute();
    const followUp = randomUUID();
    await db()
      .insertInto("followUps")
      .values({
        id: followUp,
        engagementId,
        text: "Kirim data",
        ownerName: "Budi",
        dueDate: "2026-11-30",
        status: "open",
        createdAt: at,
        updatedAt: at,
      } as never)
      .execute();
    const licence = randomUUID();
    await db()
      .insertInto("facilityLicences")
      .values({
        id: licence,
        facilityId: org.facilityId,
        type: "clinic",
        number: "K/1",
        issuer: "Dinkes",
        status: "granted",
        grantedOn: "2024-01-30",
        expiresOn: "2027-01-29",
        createdAt: at,
        updatedAt: at,
      } as never)
      .execute();

    expect(await raiseAlerts(db(), at)).toEqual({
      agreementEnding: 1,
      followUpOverdue: 1,
      licenceExpiring: 1,
    });
    expect(await raiseAlerts(db(), at)).toEqual({
      agreementEnding: 0,
      followUpOverdue: 0,
      licenceExpiring: 0,
    });
    const alerts = await db().selectFrom("alerts").selectAll().orderBy("onceKey").execute();
    expect(alerts.map((a) => a.onceKey).sort()).toEqual(
      [
        `agreement-ending:${ending}:30`,
        `follow-up-overdue:${followUp}`,
        `licence-expiring:${licence}:2027-01-29`,
      ].sort(),
    );
    const endingAlert = alerts.find((a) => a.kind === "agreement_ending");
    expect(endingAlert).toMatchObject({
      facilityId: org.jayapuraFacilityId,
      regionalOfficeId: org.regionalOfficeId,
    });
    expect(endingAlert?.detail).toMatchObject({ daysLeft: 20, threshold: 30, endDate: "2026-12-21" });
    expect(alerts.some((a) => a.subjectId === far || a.subjectId === renewed)).toBe(false);
    // Two weeks later the 7-day threshold is reached: one new alert, the 30-day one stays single.
    expect(await raiseAlerts(db(), "2026-12-15T00:00:00.000Z")).toMatchObject({ agreementEnding: 1 });
    expect(await raiseAlerts(db(), "2026-12-16T00:00:00.000Z")).toMatchObject({ agreementEnding: 0 });

    const failure = {
      scope: { kind: "facility", facilityId: org.facilityId } as const,
      scopeKey: `facility:${org.facilityId}`,
      period: "2026-11",
      reason: "boom",
    };
    expect(await raiseReportFailed(db(), failure, at)).toBe(true);
    expect(await raiseReportFailed(db(), failure, at)).toBe(false);
    const failed = await db().selectFrom("alerts").selectAll().where("kind", "=", "report_failed").execute();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      facilityId: org.facilityId,
      regionalOfficeId: org.regionalOfficeId,
      onceKey: `report-failed:facility:${org.facilityId}:2026-11`,
    });
  });

  it("gives each user a digest of the new alerts in scope, claimed at most once a day", async () => {
    const other = await insertOrgFixture(db());
    const [mine] = await db().selectFrom("alerts").select("regionalOfficeId").limit(1).execute();
    const office = mine?.regionalOfficeId ?? "";
    const facility =
      (
        await db()
          .selectFrom("alerts")
          .select("facilityId")
          .where("kind", "=", "licence_expiring")
          .executeTakeFirst()
      )?.facilityId ?? "";
    const regional = await insertUser(db(), "regional_admin", "regional", office);
    const staff = await insertUser(db(), "facility_staff", "facility", facility);
    const stranger = await insertUser(db(), "facility_admin", "facility", other.facilityId);
    const partner = await insertUser(db(), "viewer", "national", null);
    await db().updateTable("users").set({ disabledAt: at }).where("id", "=", partner).execute();

    const now = "2026-12-15T12:00:00.000Z";
    const due = await pendingDigests(db(), now, "2026-12-15");
    const byUser = new Map(due.map((d) => [d.userId, d.alerts.map((a) => a.kind)]));
    expect(byUser.get(regional)?.sort()).toEqual(["agreement_ending"]);
    expect(byUser.has(staff)).toBe(false);
    expect(byUser.has(stranger)).toBe(false);
    expect(byUser.has(partner)).toBe(false);
    // Just after the first raise, staff see the licence, follow-up and failed report, but no agreement alert.
    const week = await pendingDigests(db(), "2026-12-01T12:00:00.000Z", "2026-12-01");
    expect(
      week
        .find((d) => d.userId === staff)
        ?.alerts.map((a) => a.kind)
        .sort(),
    ).toEqual(["follow_up_overdue", "licence_expiring", "report_failed"]);

    const claim = { userId: regional, day: "2026-12-15", at: now, alertCount: 1 };
    expect(await claimDigest(db(), claim)).toBe(true);
    expect(await claimDigest(db(), claim)).toBe(false);
    expect((await pendingDigests(db(), now, "2026-12-15")).some((d) => d.userId === regional)).toBe(false);
    await releaseDigest(db(), regional, "2026-12-15");
    expect(await claimDigest(db(), claim)).toBe(true);
    // The next day only alerts raised after that digest count: none.
    expect(
      (await pendingDigests(db(), "2026-12-16T12:00:00.000Z", "2026-12-16")).some(
        (d) => d.userId === regional,
      ),
    ).toBe(false);
  });
});
