import { addMonths } from "@sinergi/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { testBackends } from "../../testing/index.ts";
import { insertWorld } from "./figures/insert-world.ts";
import { worldArb } from "./figures/random-world.ts";
import { computeUnitFigures, computeUnitFiguresRange, periodsOf } from "./figures.ts";

/** A random world and a range of one to four months around its period. */
const caseArb = fc.record({
  world: worldArb,
  before: fc.integer({ min: 0, max: 2 }),
  months: fc.integer({ min: 1, max: 4 }),
});

describe.each(testBackends())("report figures of a month range on $name", (backend) => {
  let handle: SinergiDb;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("computes for several months at once exactly the figures of each month on its own", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ world, before, months }) => {
        const db = handle.db;
        const regionalOfficeId = await insertWorld(db, world);
        const scope = { kind: "regional_office", regionalOfficeId } as const;
        const from = addMonths(`${world.period}-01`, -before).slice(0, 7);
        const range = await computeUnitFiguresRange(db, { from, months }, scope);
        const periods = periodsOf({ from, months });
        expect([...range.keys()]).toEqual(periods);
        for (const period of periods)
          expect(range.get(period)).toEqual(await computeUnitFigures(db, period, scope));
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
