import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { RESIDENT_MEASURES, type ResidentCounts, suppressCounts } from "./residents.ts";

// The checks below know nothing of how suppressCounts works: they see the table a partner sees,
// the facts anyone knows about it (its sums; in-training, completed and certified are subsets of
// the registered) and search every table consistent with that by brute force.

/** A person behind the counts: which row (facility) holds them, and what is true of them. */
interface Person {
  readonly row: number;
  readonly convict: boolean;
  readonly female: boolean;
  readonly inTraining: boolean;
  readonly completed: boolean;
  readonly certified: boolean;
}

/** Counts people into rows, straight from their facts (no table arithmetic involved). */
function tabulate(people: readonly Person[], rowCount: number): ResidentCounts[] {
  return Array.from({ length: rowCount }, (_, r) => {
    const here = people.filter((p) => p.row === r);
    const count = (f: (p: Person) => boolean) => here.filter(f).length;
    return {
      registered: here.length,
      detainees: count((p) => !p.convict),
      convicts: count((p) => p.convict),
      male: count((p) => !p.female),
      female: count((p) => p.female),
      inTraining: count((p) => p.inTraining),
      completedTraining: count((p) => p.completed),
      certified: count((p) => p.certified),
    };
  });
}

const W = RESIDENT_MEASURES.length;
const col = (m: (typeof RESIDENT_MEASURES)[number]) => RESIDENT_MEASURES.indexOf(m);

/** Linear facts about a table of `rows` rows plus a total row (cells row-major): equalities and `a <= b`. */
const factsCache = new Map<number, ReturnType<typeof makeFacts>>();
const facts = (rows: number) => factsCache.get(rows) ?? factsCache.set(rows, makeFacts(rows)).get(rows)!;

function makeFacts(rows: number) {
  const at = (r: number, m: (typeof RESIDENT_MEASURES)[number]) => r * W + col(m);
  const equal: [number, number][][] = []; // each: [cell, coefficient] pairs summing to zero
  for (const m of RESIDENT_MEASURES)
    equal.push([
      [at(rows, m), 1],
      ...Array.from({ length: rows }, (_, r) => [at(r, m), -1] as [number, number]),
    ]);
  const atMost: [number, number][] = [];
  for (let r = 0; r <= rows; r++) {
    equal.push([
      [at(r, "registered"), 1],
      [at(r, "detainees"), -1],
      [at(r, "convicts"), -1],
    ]);
    equal.push([
      [at(r, "registered"), 1],
      [at(r, "male"), -1],
      [at(r, "female"), -1],
    ]);
    for (const m of ["inTraining", "completedTraining", "certified"] as const)
      atMost.push([at(r, m), at(r, "registered")]);
  }
  return { equal, atMost };
}

/**
 * Whether some table of non-negative counts within the ranges `lo`..`hi` satisfies every fact: a
 * plain search over values, narrowing ranges along the facts, trying values near `near` first.
 */
function solvable(
  rows: number,
  lo: readonly number[],
  hi: readonly number[],
  near: readonly number[],
): boolean {
  const { equal, atMost } = facts(rows);
  const l = [...lo];
  const h = [...hi];
  for (let changed = true; changed; ) {
    changed = false;
    const tighten = (i: number, min: number, max: number) => {
      if (min > (l[i] ?? 0)) {
        l[i] = min;
        changed = true;
      }
      if (max < (h[i] ?? 0)) {
        h[i] = max;
        changed = true;
      }
    };
    for (const eq of equal) {
      for (const [j, a] of eq) {
        let min = 0;
        let max = 0;
        for (const [i, b] of eq) {
          if (i === j) continue;
          min += b > 0 ? b * (l[i] ?? 0) : b * (h[i] ?? 0);
          max += b > 0 ? b * (h[i] ?? 0) : b * (l[i] ?? 0);
        }
        if (a > 0) tighten(j, -max, -min);
        else tighten(j, min, max);
      }
    }
    for (const [small, big] of atMost) {
      tighten(small, l[small] ?? 0, h[big] ?? 0);
      tighten(big, l[small] ?? 0, h[big] ?? 0);
    }
    if (l.some((v, i) => v > (h[i] ?? 0))) return false;
  }
  let open = -1;
  for (let i = 0; i < l.length; i++)
    if (
      (l[i] ?? 0) < (h[i] ?? 0) &&
      (open === -1 || (h[i] ?? 0) - (l[i] ?? 0) < (h[open] ?? 0) - (l[open] ?? 0))
    )
      open = i;
  if (open === -1) return true;
  const target = near[open] ?? 0;
  const candidates: number[] = [];
  for (let v = l[open] ?? 0; v <= (h[open] ?? 0); v++) candidates.push(v);
  candidates.sort((a, b) => Math.abs(a - target) - Math.abs(b - target));
  return candidates.some((v) => solvable(rows, l.with(open, v), h.with(open, v), near));
}

/** Whether a hidden cell could hold some value other than its true one, given what is shown. */
function underivable(
  rows: number,
  shown: readonly (number | null)[],
  truth: readonly number[],
  cell: number,
) {
  const bound = Math.max(...truth) + 2;
  const lo = shown.map((v) => v ?? 0);
  const hi = shown.map((v) => v ?? bound);
  const t = truth[cell] ?? 0;
  const below = t > 0 && solvable(rows, lo, hi.with(cell, t - 1), truth);
  return below || solvable(rows, lo.with(cell, t + 1), hi, truth);
}

/** A withheld total whose only withheld part sits beside parts shown as zero ("all of them are …"). */
function namesEveryone(rows: number, shown: readonly (number | null)[]): boolean {
  const at = (r: number, m: (typeof RESIDENT_MEASURES)[number]) => shown[r * W + col(m)];
  const sums: [number | null | undefined, (number | null | undefined)[]][] = [];
  for (const m of RESIDENT_MEASURES)
    sums.push([at(rows, m), Array.from({ length: rows }, (_, r) => at(r, m))]);
  for (let r = 0; r <= rows; r++) {
    sums.push([at(r, "registered"), [at(r, "detainees"), at(r, "convicts")]]);
    sums.push([at(r, "registered"), [at(r, "male"), at(r, "female")]]);
  }
  return sums.some(([total, parts]) => {
    const hiddenParts = parts.filter((p) => p === null).length;
    const shownParts = parts.filter((p) => p !== null);
    return total === null && hiddenParts === 1 && shownParts.length > 0 && shownParts.every((p) => p === 0);
  });
}

const people = (rows: number) =>
  fc.array(
    fc.record({
      row: fc.nat({ max: rows - 1 }),
      convict: fc.boolean(),
      female: fc.oneof(fc.constant(false), fc.boolean()),
      inTraining: fc.boolean(),
      completed: fc.boolean(),
      certified: fc.oneof(fc.constant(false), fc.boolean()),
    }),
    { maxLength: 40 },
  );
const tables = fc.integer({ min: 1, max: 4 }).chain((rows) => fc.tuple(fc.constant(rows), people(rows)));

describe("complementary suppression, checked by brute force", () => {
  test.prop([tables], { numRuns: 150 })(
    "shows no count from 1 to 4, and leaves every withheld count at least two possible values",
    ([rows, folks]) => {
      const table = tabulate(folks, rows);
      const truth = [...table, sumOf(table)].flatMap((r) => RESIDENT_MEASURES.map((m) => r[m]));
      const out = suppressCounts({ rows: table, total: sumOf(table) });
      const shown = [...out.rows, out.total].flatMap((r) => RESIDENT_MEASURES.map((m) => r[m]));
      for (const v of shown) expect(v === null || v === 0 || v >= 5).toBe(true);
      expect(namesEveryone(rows, shown)).toBe(false);
      shown.forEach((v, cell) => {
        if (v === null) expect(underivable(rows, shown, truth, cell)).toBe(true);
      });
    },
    60_000,
  );

  test.prop([tables], { numRuns: 80 })(
    "withholds no count beyond the rule: showing any withheld count of 0 or 5 and more gives something away",
    ([rows, folks]) => {
      const table = tabulate(folks, rows);
      const truth = [...table, sumOf(table)].flatMap((r) => RESIDENT_MEASURES.map((m) => r[m]));
      const out = suppressCounts({ rows: table, total: sumOf(table) });
      const shown = [...out.rows, out.total].flatMap((r) => RESIDENT_MEASURES.map((m) => r[m]));
      shown.forEach((v, cell) => {
        const t = truth[cell] ?? 0;
        if (v !== null || (t >= 1 && t <= 4)) return;
        const more = shown.map((x, i) => (i === cell ? t : x));
        const leaks =
          namesEveryone(rows, more) || more.some((x, i) => x === null && !underivable(rows, more, truth, i));
        expect(leaks).toBe(true);
      });
    },
    60_000,
  );
});

function sumOf(rows: readonly ResidentCounts[]): ResidentCounts {
  return Object.fromEntries(
    RESIDENT_MEASURES.map((m) => [m, rows.reduce((s, r) => s + r[m], 0)]),
  ) as unknown as ResidentCounts;
}
