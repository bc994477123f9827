import { FIELD_LABELS, STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import { afterEach, describe, expect, it } from "vitest";
import { locale, setLocale } from "../i18n/i18n.ts";
import { fieldChoices, fieldLabel, fieldShortLabel, readableCode, toFieldCode } from "./field-labels.ts";

describe("a field of cooperation in words", () => {
  afterEach(async () => {
    await setLocale("id");
  });

  it("names the common fields outside the standard list in Indonesian, as the seeds and field reports use them", () => {
    expect(["public_service", "security", "environment", "fisheries", "agriculture"].map(fieldLabel)).toEqual(
      ["Pelayanan publik", "Keamanan", "Lingkungan hidup", "Perikanan", "Pertanian"],
    );
  });

  it("names them in English when the console is in English", async () => {
    await setLocale("en");
    expect(["public_service", "environment", "fisheries"].map(fieldLabel)).toEqual([
      "Public service",
      "Environment",
      "Fisheries",
    ]);
  });

  it("shows a code nobody has labelled readably, without pretending it is translated", () => {
    expect(fieldLabel("tempe_production")).toBe("Tempe production");
    expect(fieldLabel("bank_sampah")).toBe("Bank sampah");
    expect(readableCode("x__y_")).toBe("X y");
    // A code that happens to be the name of an object property is still just a code.
    expect(fieldLabel("constructor")).toBe("Constructor");
    expect(fieldShortLabel("fisheries")).toBe("Perikanan");
  });

  it("uses the report's words for the standard fields, in both languages", async () => {
    for (const lang of ["id", "en"] as const) {
      await setLocale(lang);
      expect(locale()).toBe(lang);
      for (const f of STANDARD_COOPERATION_FIELDS) expect(fieldLabel(f), f).toBe(FIELD_LABELS[f][lang]);
    }
  });
});

describe("the fields as choices", () => {
  it("offers the standard fields, then the record's other fields in alphabetical order of their words", () => {
    const choices = fieldChoices(["security", "health", "bank_sampah", "security"]);
    expect(choices.slice(0, 8).map((c) => c.value)).toEqual([
      "health",
      "education",
      "literacy",
      "social",
      "manpower",
      "civil_registration",
      "fire_safety",
      "trade",
    ]);
    expect(choices.slice(8)).toEqual([
      { value: "bank_sampah", label: "Bank sampah" },
      { value: "security", label: "Keamanan" },
    ]);
  });
});

describe("the code for another field", () => {
  afterEach(async () => {
    await setLocale("id");
  });

  it("finds a known field by its Indonesian words, its English words or its code, whatever the case", async () => {
    expect(toFieldCode("Perikanan")).toBe("fisheries");
    expect(toFieldCode("  lingkungan HIDUP ")).toBe("environment");
    expect(toFieldCode("public_service")).toBe("public_service");
    expect(toFieldCode("Kesehatan")).toBe("health");
    await setLocale("en");
    expect(toFieldCode("Fisheries")).toBe("fisheries");
    expect(toFieldCode("Perikanan")).toBe("fisheries");
  });

  it("makes a snake_case code the API accepts from any other words", () => {
    expect(toFieldCode("Bank sampah")).toBe("bank_sampah");
    expect(toFieldCode("Seni & Budaya Lokal")).toBe("seni_budaya_lokal");
    expect(toFieldCode("Pemberdayaan ekonomi kreatif")).toBe("pemberdayaan_ekonomi_kreatif");
    expect(toFieldCode("Kopi Gayo (Aceh)")).toBe("kopi_gayo_aceh");
    expect(toFieldCode("Café")).toBe("cafe");
    expect(toFieldCode("5R di dapur")).toBe("r_di_dapur");
    const long = toFieldCode("Pelatihan keterampilan pengolahan hasil perkebunan rakyat");
    expect(long).toMatch(/^[a-z][a-z0-9_]{1,39}$/);
    expect(long?.endsWith("_")).toBe(false);
  });

  it("gives no code when nothing usable is typed", () => {
    expect(toFieldCode("")).toBeUndefined();
    expect(toFieldCode("   ")).toBeUndefined();
    expect(toFieldCode("123")).toBeUndefined();
    expect(toFieldCode("—")).toBeUndefined();
    expect(toFieldCode("a")).toBeUndefined();
  });
});
