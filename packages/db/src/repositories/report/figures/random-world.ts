import { randomUUID } from "node:crypto";
import { addDays, addMonths, makeNik, STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import fc from "fast-check";
import type { Executor } from "../../../connection.ts";
import { json } from "../../../json.ts";
import { ENROLLMENT_ENTITY } from "../../enrollment/enrollments.ts";

/**
 * Random data for the figures property test: a regional office with two facilities and their
 * agreements, action plans, visits, training, inmates, counts and licences. Days cluster at the
 * period's edges and instants at the three zones' midnights (15:00, 16:00, 17:00 UTC), the places
 * where a definition and its SQL most easily part.
 */
const ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
const OFFICE_PROVINCES = ["12", "63", "91"] as const;
const PERIODS = ["2026-01", "2026-10", "2026-12", "2028-02"] as const;
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** Days the definitions turn on, each with its neighbours; and any day within two years. */
const ANCHORS = ["first", "first-1", "mid", "last", "last+60", "last+90"] as const;
const dayOffset = fc.oneof(
  { weight: 3, arbitrary: fc.record({ anchor: pick(ANCHORS), delta: fc.integer({ min: -1, max: 1 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      anchor: fc.constant("first" as const),
      delta: fc.integer({ min: -800, max: 800 }),
    }),
  },
);
/** An end day on the edges of "expired in the month" and "expiring within 90 days after it". */
const endNearEdge = fc.record({
  anchor: pick(["first-1", "last", "last+90"] as const),
  delta: fc.integer({ min: -1, max: 1 }),
});
/** A generated day, relative to the period. */
type Day = { readonly anchor: (typeof ANCHORS)[number]; readonly delta: number };
const time = fc.oneof(
  pick(["14:59:59.999", "15:00:00.000", "15:30:00.000", "16:00:00.000", "16:59:59.999", "17:00:00.000"]),
  pick(["00:00:00.000", "23:59:59.999", "05:00:00.000"]),
  fc.integer({ min: 0, max: 86_399_999 }).map((ms) => new Date(ms).toISOString().slice(11, 23)),
);
const instant = fc.record({ day: dayOffset, time });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const agreementArb = fc.record({
  unit: fc.integer({ min: 0, max: 2 }),
  kind: pick(["pks", "mou"] as const),
  state: pick(["signed", "signed", "terminated", "draft", "withdrawn"] as const),
  signed: dayOffset,
  start: dayOffset,
  end: fc.oneof(endNearEdge, dayOffset),
  stop: dayOffset,
  fields: fc.subarray([...STANDARD_COOPERATION_FIELDS, "tourism"], { maxLength: 3 }),
  renews: maybe(fc.nat(20)),
  title: pick(["PKS A", "PKS B", "MoU"]),
});
const itemArb = fc.record({
  agreement: fc.nat(30),
  status: pick(["planned", "in_progress", "done", "cancelled"] as const),
  target: fc.integer({ min: 1, max: 5 }),
  due: maybe(dayOffset),
  initial: fc.integer({ min: 0, max: 6 }),
  adjustments: fc.array(fc.record({ at: instant, amount: fc.integer({ min: 0, max: 6 }) }), { maxLength: 3 }),
});
const followUpArb = fc.record({
  due: dayOffset,
  status: pick(["open", "done", "dropped"] as const),
  closed: instant,
});
const engagementArb = fc.record({
  facility: fc.nat(1),
  date: dayOffset,
  followUps: fc.array(followUpArb, { maxLength: 3 }),
});
const cohortArb = fc.record({
  facility: fc.nat(1),
  program: fc.nat(3),
  state: pick(["planned", "open", "running", "completed", "cancelled"] as const),
  start: dayOffset,
  end: dayOffset,
});
const inmateArb = fc.record({
  facility: fc.nat(1),
  domicile: maybe(pick(["12.71", "33.73", "63.07"])),
  nikDistrict: maybe(pick(["12.71.01", "91.01.01", "63.07.02"])),
  admitted: dayOffset,
});
const enrollmentArb = fc.record({
  cohort: fc.nat(10),
  inmate: fc.nat(10),
  state: pick(["enrolled", "completed", "withdrawn", "transferred", "released"] as const),
  at: instant,
  ends: fc.array(instant, { maxLength: 2 }),
  certificate: maybe(dayOffset),
});
const licenceArb = fc.record({
  facility: fc.nat(1),
  type: pick(["clinic", "hygiene_sanitation", "fire_safety"]),
  status: pick(["applied", "granted", "expired", "revoked"] as const),
  expires: maybe(dayOffset),
});

/** A random world around a period. */
export const worldArb = fc.record({
  period: pick(PERIODS),
  zones: fc.tuple(pick(ZONES), pick(ZONES)),
  province: pick(OFFICE_PROVINCES),
  agreements: fc.array(agreementArb, { maxLength: 12 }),
  items: fc.array(itemArb, { maxLength: 10 }),
  programs: fc.array(maybe(fc.nat(30)), { minLength: 1, maxLength: 4 }),
  engagements: fc.array(engagementArb, { maxLength: 5 }),
  cohorts: fc.array(cohortArb, { maxLength: 5 }),
  inmates: fc.array(inmateArb, { maxLength: 8 }),
  enrollments: fc.array(enrollmentArb, { maxLength: 12 }),
  population: fc.array(fc.record({ facility: fc.nat(1), taken: dayOffset, total: fc.nat(500) }), {
    maxLength: 4,
  }),
  licences: fc.array(licenceArb, { maxLength: 4 }),
});
/** A generated world. */
export type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

let serial = 0;
const AT = "2026-01-01T00:00:00.000Z";
const stamp = { createdAt: AT, updatedAt: AT };

/** Inserts the world under a new regional office; returns the office's id. */
export async function insertWorld(db: Executor, w: World): Promise<string> {
  const first = `${w.period}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const base = {
    first,
    "first-1": addDays(first, -1),
    mid: addDays(first, 14),
    last,
    "last+60": addDays(last, 60),
    "last+90": addDays(last, 90),
  };
  const day = (d: Day) => addDays(base[d.anchor], d.delta);
  const at = (i: { day: Day; time: string }) => `${day(i.day)}T${i.time}Z`;
  const officeId = randomUUID();
  await db
    .insertInto("regionalOffices")
    .values({ id: officeId, name: `Kanwil ${officeId}`, provinceCode: w.province, ...stamp })
    .execute();
  const facilityIds = [randomUUID(), randomUUID()] as const;
  for (const [n, id] of facilityIds.entries())
    await db
      .insertInto("facilities")
      .values({
        id,
        regionalOfficeId: officeId,
        kind: "rutan",
        class: "IIB",
        name: `Rutan ${n} ${id}`,
        regencyCode: "12.71",
        timeZone: w.zones[n] ?? "Asia/Jakarta",
        ...stamp,
      })
      .execute();
  const agreementIds: string[] = [];
  const renewed = new Set<string>();
  for (const a of w.agreements) {
    const id = randomUUID();
    const signedOn = day(a.signed);
    const startDate = day(a.start);
    // A PKS runs at most three years less a day; the end follows the start.
    const end = day(a.end);
    const latest = addDays(startDate, 1094);
    const endDate = end <= startDate ? addDays(startDate, 30) : ([end, latest].sort()[0] ?? end);
    const stop = [day(a.stop), startDate].sort()[1] ?? startDate;
    const done = a.state === "signed" || a.state === "terminated";
    const predecessor =
      a.renews === null ? undefined : agreementIds[a.renews % Math.max(agreementIds.length, 1)];
    const renewsId = predecessor !== undefined && !renewed.has(predecessor) ? predecessor : null;
    if (renewsId !== null && a.state !== "withdrawn") renewed.add(renewsId);
    await db
      .insertInto("agreements")
      .values({
        id,
        kind: a.unit === 2 ? a.kind : "pks",
        title: a.title,
        facilityId: a.unit === 2 ? null : (facilityIds[a.unit] ?? null),
        regionalOfficeId: a.unit === 2 ? officeId : null,
        parentMouId: null,
        fields: a.fields,
        facilityDocumentNumber: done ? `F/${id}` : null,
        partnerDocumentNumber: done ? `P/${id}` : null,
        signatories: json([]),
        signedDocument: done ? json({ sha256: "a".repeat(64) }) : null,
        startDate,
        endDate,
        renewsId,
        state: a.state,
        signedAt: done ? `${signedOn}T05:00:00.000Z` : null,
        signedOn: done ? signedOn : null,
        terminatedOn: a.state === "terminated" ? stop : null,
        terminationReason: a.state === "terminated" ? "alasan" : null,
        ...stamp,
      })
      .execute();
    agreementIds.push(id);
  }
  const agreementAt = (n: number) =>
    agreementIds.length === 0 ? null : (agreementIds[n % agreementIds.length] ?? null);
  for (const it of w.items) {
    const agreementId = agreementAt(it.agreement);
    if (agreementId === null) continue;
    const id = randomUUID();
    const adjustments = [...it.adjustments].sort((x, y) => Date.parse(at(x.at)) - Date.parse(at(y.at)));
    await db
      .insertInto("actionItems")
      .values({
        id,
        agreementId,
        activity: "Kegiatan",
        field: "health",
        targetAmount: it.target,
        targetUnit: "orang",
        dueDate: it.due === null ? null : day(it.due),
        realisedAmount: adjustments.at(-1)?.amount ?? it.initial,
        evidence: json([]),
        status: it.status,
        ...stamp,
      })
      .execute();
    let previous = it.initial;
    for (const x of adjustments) {
      await db
        .insertInto("actionItemAdjustments")
        .values({
          id: randomUUID(),
          actionItemId: id,
          previousAmount: previous,
          realisedAmount: x.amount,
          reason: "koreksi",
          evidence: json([]),
          adjustedAt: at(x.at),
          adjustedBy: "tester",
        })
        .execute();
      previous = x.amount;
    }
  }
  for (const e of w.engagements) {
    const id = randomUUID();
    await db
      .insertInto("engagements")
      .values({
        id,
        facilityId: facilityIds[e.facility] ?? "",
        kind: "audience",
        date: day(e.date),
        ...stamp,
      })
      .execute();
    for (const f of e.followUps)
      await db
        .insertInto("followUps")
        .values({
          id: randomUUID(),
          engagementId: id,
          text: "Tindak lanjut",
          ownerName: "Kasi",
          dueDate: day(f.due),
          status: f.status,
          closedAt: f.status === "open" ? null : at(f.closed),
          dropReason: f.status === "dropped" ? "batal" : null,
          ...stamp,
        })
        .execute();
  }
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
  return officeId;
}

/** A unique verification code: 16 Crockford base32 characters (digits are some). */
const code = (n: number): string => String(n).padStart(16, "0");
