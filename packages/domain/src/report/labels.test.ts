import { describe, expect, it } from "vitest";
import { STANDARD_COOPERATION_FIELDS } from "../agreement/agreement.ts";
import { assembleReport } from "./assemble.ts";
import {
  FIELD_LABELS,
  FIGURE_LABELS,
  FIGURES,
  figureValue,
  periodInWords,
  RATE_KEYS,
  RATE_LABELS,
  REPORT_LANGS,
  rateValue,
} from "./labels.ts";

describe("report labels", () => {
  it("names every single-number figure, rate and field in Indonesian and English, each once", () => {
    for (const lang of REPORT_LANGS) {
      const names = [
        ...FIGURES.map((k) => FIGURE_LABELS[k][lang]),
        ...RATE_KEYS.map((k) => RATE_LABELS[k][lang]),
        ...STANDARD_COOPERATION_FIELDS.map((f) => FIELD_LABELS[f][lang]),
      ];
      expect(names.every((n) => n.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(FIGURES).toHaveLength(19);
    expect(FIGURE_LABELS["training.certificatesIssued"].id).not.toBe(
      FIGURE_LABELS["training.certificatesIssued"].en,
    );
  });

  it("writes a period in words in either language", () => {
    expect(periodInWords("2026-11", "en")).toBe("November 2026");
    expect(periodInWords("2026-08", "id")).toBe("Agustus 2026");
    expect(periodInWords("2027-01", "en")).toBe("January 2027");
  });

  it("reads figures and rates by key from totals", () => {
    const t = assembleReport({ kind: "national" }, "2026-11", []).totals;
    expect(FIGURES.map((k) => figureValue(t, k))).toEqual(FIGURES.map(() => 0));
    expect(RATE_KEYS.map((k) => rateValue(t, k))).toEqual([null, null, null]);
  });
});
