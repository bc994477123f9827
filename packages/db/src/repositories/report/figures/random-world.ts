import { STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import fc from "fast-check";

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
export type Day = { readonly anchor: (typeof ANCHORS)[number]; readonly delta: number };
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
