import { describe, expect, it } from "vitest";
import { makeNik } from "../inmate/nik.ts";
import { dateInZone } from "../shared/dates.ts";
import type { AgreementRow, UnitInput } from "./input.ts";
import { unitFiguresOf } from "./unit-figures.ts";

const empty = { cohorts: [], enrollments: [], certificates: [] };
const input = (timeZone: string, rows: Partial<UnitInput> = {}): UnitInput => ({
  unit: { kind: "facility", id: "f", name: "Rutan", regionalOfficeId: "k", timeZone },
  agreements: [],
  renewals: [],
  actionItems: [],
  engagements: [],
  training: empty,
  funded: empty,
  inmates: [],
  population: [],
  licences: [],
  ...rows,
});
const pks = (id: string, over: Partial<AgreementRow> = {}): AgreementRow => ({
  id,
  kind: "pks",
  title: `PKS ${id}`,
  state: "signed",
  signedOn: "2025-01-10",
  startDate: "2025-01-10",
  endDate: "2027-01-09",
  terminatedOn: null,
  fields: ["health"],
  ...over,
});

describe("unit figures (reference definitions)", () => {
  it("counts an agreement signed at 23:30 local on the month's last day in that month, in each zone", () => {
    for (const [zone, instant] of [
      ["Asia/Jakarta", "2026-10-31T16:30:00.000Z"],
      ["Asia/Makassar", "2026-10-31T15:30:00.000Z"],
      ["Asia/Jayapura", "2026-10-31T14:30:00.000Z"],
    ] as const) {
      const a = pks("a", {
        signedOn: dateInZone(instant, zone),
        startDate: "2026-11-01",
        endDate: "2027-10-31",
      });
      const i = input(zone, { agreements: [a] });
      expect(unitFiguresOf(i, "2026-10").agreements.signed).toBe(1);
      expect(unitFiguresOf(i, "2026-11").agreements.signed).toBe(0);
    }
  });

  it("puts one instant in October for WIB and WITA facilities and in November for a WIT one", () => {
    const instant = "2026-10-31T15:30:00.000Z";
    const training = {
      cohorts: [
        {
          id: "c",
          facilityId: "f",
          state: "running",
          startDate: "2026-10-01",
          endDate: "2026-12-01",
          fundingAgreementId: null,
        },
      ],
      enrollments: [
        { id: "e", cohortId: "c", inmateId: "i", state: "enrolled", enrolledAt: instant, endedAt: null },
      ],
      certificates: [],
    } as const;
    const month = (zone: string) =>
      (["2026-10", "2026-11"] as const).filter(
        (p) => unitFiguresOf(input(zone, { training }), p).training.enrollments === 1,
      );
    expect(month("Asia/Jakarta")).toEqual(["2026-10"]);
    expect(month("Asia/Makassar")).toEqual(["2026-10"]);
    expect(month("Asia/Jayapura")).toEqual(["2026-11"]);
    // Trained in October only where the enrollment was made before October ended there.
    expect(unitFiguresOf(input("Asia/Jayapura", { training }), "2026-10").training.inmatesTrained).toBe(0);
    expect(unitFiguresOf(input("Asia/Makassar", { training }), "2026-10").training.inmatesTrained).toBe(1);
  });

  it("reads a renewal crossing a month end: expired in the month it ran out, renewed in the month the successor was signed", () => {
    const old = pks("old", { startDate: "2023-10-21", endDate: "2026-10-20" });
    const successor = pks("new", { signedOn: "2026-11-02", startDate: "2026-11-02", endDate: "2029-11-01" });
    const i = input("Asia/Makassar", {
      agreements: [old, successor],
      renewals: [{ renewsId: "old", state: "signed", signedOn: "2026-11-02" }],
    });
    expect(unitFiguresOf(i, "2026-09").agreements).toMatchObject({
      activeAtEnd: 1,
      expiringNext90: 1,
      expired: 0,
    });
    expect(unitFiguresOf(i, "2026-10").agreements).toMatchObject({
      activeAtEnd: 0,
      expired: 1,
      renewed: 0,
      signed: 0,
    });
    expect(unitFiguresOf(i, "2026-11").agreements).toMatchObject({
      activeAtEnd: 1,
      expired: 0,
      renewed: 1,
      signed: 1,
    });
    expect(unitFiguresOf(i, "2026-12").agreements).toMatchObject({ expired: 0, renewed: 0 });
  });

  it("does not count as expired an agreement renewed before its month ended, nor one terminated first", () => {
    const renewedInTime = pks("r", { startDate: "2023-10-10", endDate: "2026-10-09" });
    const stopped = pks("t", { state: "terminated", terminatedOn: "2026-09-15", endDate: "2026-10-09" });
    const i = input("Asia/Jakarta", {
      agreements: [renewedInTime, stopped],
      renewals: [{ renewsId: "r", state: "signed", signedOn: "2026-10-30" }],
    });
    expect(unitFiguresOf(i, "2026-09").agreements).toMatchObject({
      terminated: 1,
      activeAtEnd: 1,
      expired: 0,
    });
    expect(unitFiguresOf(i, "2026-10").agreements).toMatchObject({ expired: 0, renewed: 1, terminated: 0 });
  });

  it("covers a field only while an agreement naming it is in force at month end", () => {
    const i = input("Asia/Jakarta", {
      agreements: [pks("a", { fields: ["health", "trade"], endDate: "2026-10-31" })],
    });
    expect(unitFiguresOf(i, "2026-10").coverage).toMatchObject({ health: 1, trade: 1, education: 0 });
    expect(unitFiguresOf(i, "2026-11").coverage.health).toBe(0);
  });

  it("reads the realised amount as it stood at month end, undoing later adjustments", () => {
    const item = {
      id: "x",
      agreementId: "a",
      status: "in_progress",
      targetAmount: 10,
      dueDate: "2026-10-15",
      realisedAmount: 12,
      adjustments: [
        { id: "1", adjustedAt: "2026-10-20T03:00:00.000Z", previousAmount: 0, realisedAmount: 4 },
        { id: "2", adjustedAt: "2026-10-31T17:00:00.000Z", previousAmount: 4, realisedAmount: 12 },
      ],
    } as const;
    const i = input("Asia/Jakarta", { agreements: [pks("a")], actionItems: [item] });
    expect(unitFiguresOf(i, "2026-10").actionPlan).toEqual({ itemsInForce: 1, itemsDue: 1, itemsMet: 0 });
    expect(unitFiguresOf(i, "2026-11").actionPlan).toEqual({ itemsInForce: 1, itemsDue: 1, itemsMet: 1 });
    expect(unitFiguresOf(i, "2026-09").actionPlan).toEqual({ itemsInForce: 1, itemsDue: 0, itemsMet: 0 });
  });

  it("counts a follow-up closed after month end as overdue at month end, and done in the month it closed", () => {
    const engagements = [
      {
        date: "2026-10-02",
        followUps: [
          { dueDate: "2026-10-31", status: "done", closedAt: "2026-10-31T17:00:00.000Z" },
          { dueDate: "2026-11-01", status: "open", closedAt: null },
        ],
      },
    ] as const;
    const i = input("Asia/Jakarta", { engagements });
    expect(unitFiguresOf(i, "2026-10").engagements).toEqual({
      visits: 1,
      followUpsOverdueAtEnd: 1,
      followUpsDone: 0,
    });
    expect(unitFiguresOf(i, "2026-11").engagements).toEqual({
      visits: 0,
      followUpsOverdueAtEnd: 1,
      followUpsDone: 1,
    });
  });

  it("places residents by recorded domicile, else by the NIK's area under today's code", () => {
    const nik = makeNik({ districtCode: "91.01.01", birthDate: "1990-01-01", sex: "male", serial: 1 });
    const inmates = [
      { id: "a", facilityId: "f", admissionDate: "2026-01-01", domicileRegencyCode: "12.71", nik },
      { id: "b", facilityId: "f", admissionDate: "2026-01-01", domicileRegencyCode: null, nik },
      { id: "c", facilityId: "f", admissionDate: "2026-11-01", domicileRegencyCode: "12.71", nik: null },
    ];
    const training = {
      cohorts: [
        {
          id: "c1",
          facilityId: "f",
          state: "completed",
          startDate: "2026-10-01",
          endDate: "2026-10-20",
          fundingAgreementId: null,
        },
      ],
      enrollments: [
        {
          id: "e",
          cohortId: "c1",
          inmateId: "b",
          state: "completed",
          enrolledAt: "2026-09-20T00:00:00.000Z",
          endedAt: "2026-10-20T08:00:00.000Z",
        },
      ],
      certificates: [{ enrollmentId: "e", issuedOn: "2026-10-25" }],
    } as const;
    const f = unitFiguresOf(input("Asia/Jakarta", { inmates, training }), "2026-10");
    expect(f.domicile).toEqual([
      { areaCode: "12.71", inmates: 1, trained: 0, certified: 0 },
      { areaCode: "93.01", inmates: 1, trained: 1, certified: 1 },
    ]);
    expect(f.training).toMatchObject({
      cohortsRunning: 1,
      completions: 1,
      certificatesIssued: 1,
      enrollments: 0,
    });
  });

  it("lists licences expiring within 60 days after month end unless renewed by a later grant", () => {
    const licences = [
      { id: "l1", type: "clinic", number: "1", status: "granted", expiresOn: "2026-12-30" },
      { id: "l2", type: "hygiene_sanitation", number: "2", status: "expired", expiresOn: "2026-05-01" },
      { id: "l3", type: "hygiene_sanitation", number: "3", status: "granted", expiresOn: "2029-05-01" },
      { id: "l4", type: "fire_safety", number: "4", status: "granted", expiresOn: "2026-12-31" },
    ] as const;
    const f = unitFiguresOf(input("Asia/Jakarta", { licences }), "2026-10");
    expect(f.licencesExpiring.map((l) => l.licenceId)).toEqual(["l1"]);
  });
});
