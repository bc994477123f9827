import { randomUUID } from "node:crypto";
import { addDays, makeNik } from "@sinergi/domain";
import type { Executor } from "../../../connection.ts";
import { json } from "../../../json.ts";
import { ENROLLMENT_ENTITY, facilityOfCohort } from "../../enrollment/enrollments.ts";
import type { Place } from "./insert-world.ts";
import type { World } from "./random-world.ts";

let serial = 0;
const AT = "2026-01-01T00:00:00.000Z";
const stamp = { createdAt: AT, updatedAt: AT };

/** Programs, cohorts, inmates, enrollments with their end moves and certificates, counts, licences. */
export async function insertTraining(
  db: Executor,
  w: World,
  { first, day, at, facilityIds }: Place,
  agreementAt: (n: number) => string | null,
): Promise<void> {
  const programIds: string[] = [];
  for (const p of w.programs) {
    const id = randomUUID();
    await db
      .insertInto("programs")
      .values({
        id,
        name: "Program",
        track: "vocational",
        field: "barbershop",
        providerPartnerId: null,
        fundingAgreementId: p === null ? null : agreementAt(p),
        certificationScheme: null,
        ...stamp,
      })
      .execute();
    programIds.push(id);
  }
  const cohortIds: string[] = [];
  for (const c of w.cohorts) {
    const id = randomUUID();
    const dates = [day(c.start), day(c.end)].sort();
    await db
      .insertInto("cohorts")
      .values({
        id,
        programId: programIds[c.program % programIds.length] ?? "",
        facilityId: facilityIds[c.facility] ?? "",
        name: "Angkatan",
        startDate: dates[0] ?? first,
        endDate: dates[1] ?? first,
        capacity: 30,
        instructors: json([]),
        eligibility: json({}),
        state: c.state,
        ...stamp,
      })
      .execute();
    cohortIds.push(id);
  }
  const inmateIds: string[] = [];
  for (const i of w.inmates) {
    const id = randomUUID();
    serial += 1;
    const nik =
      i.nikDistrict === null
        ? null
        : makeNik({
            districtCode: i.nikDistrict,
            birthDate: "1990-05-05",
            sex: "male",
            serial: (serial % 9999) + 1,
          });
    await db
      .insertInto("inmates")
      .values({
        id,
        facilityId: facilityIds[i.facility] ?? "",
        registrationNumber: `BI ${serial}`,
        name: "Warga",
        nik,
        sex: "male",
        birthDate: "1990-05-05",
        legalStatus: "convict",
        domicileRegencyCode: i.domicile,
        admissionDate: day(i.admitted),
        expectedReleaseDate: null,
        ...stamp,
      })
      .execute();
    inmateIds.push(id);
  }
  const pairs = new Set<string>();
  for (const e of w.enrollments) {
    const cohortId = cohortIds[e.cohort % Math.max(cohortIds.length, 1)];
    const inmateId = inmateIds[e.inmate % Math.max(inmateIds.length, 1)];
    if (cohortId === undefined || inmateId === undefined || pairs.has(`${cohortId}/${inmateId}`)) continue;
    pairs.add(`${cohortId}/${inmateId}`);
    const id = randomUUID();
    const early = ["withdrawn", "transferred", "released"].includes(e.state);
    await db
      .insertInto("enrollments")
      .values({
        id,
        cohortId,
        facilityId: facilityOfCohort(cohortId),
        inmateId,
        state: e.state,
        assessment: null,
        endReason: early ? "pindah" : null,
        enrolledAt: at(e.at),
        ...stamp,
      })
      .execute();
    for (const end of e.ends)
      await db
        .insertInto("lifecycleHistory")
        .values({
          entityType: ENROLLMENT_ENTITY,
          entityId: id,
          at: at(end),
          actor: "tester",
          fromState: "enrolled",
          toState: e.state === "enrolled" ? "completed" : e.state,
        })
        .execute();
    if (e.certificate !== null) {
      serial += 1;
      await db
        .insertInto("certificates")
        .values({
          id: randomUUID(),
          number: `SNG/2026/${String(serial).padStart(6, "0")}`,
          enrollmentId: id,
          schemeName: "Skema",
          competency: "Pangkas",
          holderName: "Warga",
          issuedOn: day(e.certificate),
          status: "issued",
          verificationCode: code(serial),
          ...stamp,
        })
        .execute();
    }
  }
  const taken = new Set<string>();
  for (const p of w.population) {
    const facilityId = facilityIds[p.facility] ?? "";
    if (taken.has(`${facilityId}/${day(p.taken)}`)) continue;
    taken.add(`${facilityId}/${day(p.taken)}`);
    await db
      .insertInto("populationSnapshots")
      .values({
        id: randomUUID(),
        facilityId,
        takenOn: day(p.taken),
        total: p.total,
        detainees: null,
        convicts: null,
        ...stamp,
      })
      .execute();
  }
  for (const l of w.licences) {
    const expiresOn = l.expires === null ? null : day(l.expires);
    const granted = l.status === "granted" || l.status === "expired";
    await db
      .insertInto("facilityLicences")
      .values({
        id: randomUUID(),
        facilityId: facilityIds[l.facility] ?? "",
        type: l.type,
        number: granted ? "503/SLHS" : null,
        issuer: "Dinas Kesehatan",
        status: l.status,
        grantedOn: granted ? addDays(expiresOn ?? first, -400) : null,
        expiresOn,
        revokedReason: l.status === "revoked" ? "dicabut" : null,
        ...stamp,
      })
      .execute();
  }
}

/** A unique verification code: 16 Crockford base32 characters (digits are some). */
const code = (n: number): string => String(n).padStart(16, "0");
