import { describe, expect, it } from "vitest";
import { DATASET_AREA_COUNT, loadAreas } from "./areas.ts";

describe("area reference data", () => {
  it("knows how many areas the installed dataset holds, so a restart can skip reading it", async () => {
    expect((await loadAreas()).length).toBe(DATASET_AREA_COUNT);
  });
});
