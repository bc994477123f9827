import { unitFiguresOf } from "@sinergi/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SinergiDb } from "../../connection.ts";
import { testBackends } from "../../testing/index.ts";
import { insertWorld } from "./figures/insert-world.ts";
import { worldArb } from "./figures/random-world.ts";
import { loadUnitInputs } from "./figures/reference-input.ts";
import { computeUnitFigures } from "./figures.ts";

describe.each(testBackends())("report figures on $name", (backend) => {
  let handle: SinergiDb;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(() => handle.close());

  it("computes in SQL exactly the figures the domain defines, for random data in several zones", async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        const db = handle.db;
        const regionalOfficeId = await insertWorld(db, world);
        const scope = { kind: "regional_office", regionalOfficeId } as const;
        const sqlFigures = await computeUnitFigures(db, world.period, scope);
        const inputs = await loadUnitInputs(db, scope);
        const reference = inputs.map((i) => unitFiguresOf(i, world.period));
        const byUnit = (xs: typeof sqlFigures) =>
          [...xs].sort((x, y) => `${x.unit.kind}${x.unit.id}`.localeCompare(`${y.unit.kind}${y.unit.id}`));
        expect(byUnit(sqlFigures)).toEqual(byUnit(reference));
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
