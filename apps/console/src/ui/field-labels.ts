import { STANDARD_COOPERATION_FIELDS } from "@sinergi/domain";
import { type MessageKey, t } from "../i18n/i18n.ts";
import { id } from "../i18n/messages-id.ts";

/** The standard fields of cooperation (coverage is measured on them), as the domain defines them. */
export const STANDARD_FIELDS = STANDARD_COOPERATION_FIELDS;

// Each code names its message key literally, so the "no unused message" test sees every one.
const FIELD: Readonly<Record<(typeof STANDARD_FIELDS)[number], MessageKey>> = {
  health: "field.health",
  education: "field.education",
  literacy: "field.literacy",
  social: "field.social",
  manpower: "field.manpower",
  civil_registration: "field.civil_registration",
  fire_safety: "field.fire_safety",
  trade: "field.trade",
};

/**
 * Fields outside the standard list that the field reports and the demo seeds use, or that facilities
 * commonly sign for (pembinaan kepribadian, food security). The API accepts any snake_case code; these
 * only get real words instead of the code.
 */
const OTHER_FIELD: Readonly<Record<string, MessageKey>> = {
  agriculture: "field.agriculture",
  culture: "field.culture",
  drug_rehabilitation: "field.drug_rehabilitation",
  environment: "field.environment",
  fisheries: "field.fisheries",
  industry: "field.industry",
  legal_aid: "field.legal_aid",
  livestock: "field.livestock",
  public_service: "field.public_service",
  religion: "field.religion",
  security: "field.security",
  tourism: "field.tourism",
};

/** The labelled fields outside the standard list, as codes. */
export const OTHER_FIELDS = Object.keys(OTHER_FIELD);

function keyOf(f: string): MessageKey | undefined {
  if (Object.hasOwn(FIELD, f)) return FIELD[f as keyof typeof FIELD];
  return Object.hasOwn(OTHER_FIELD, f) ? OTHER_FIELD[f] : undefined;
}

/** A code nobody has labelled, readable as it stands: "tempe_production" → "Tempe production". */
export function readableCode(code: string): string {
  const words = code.replaceAll("_", " ").replace(/\s+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field of cooperation in words: standard and common ones translated, any other code made readable. */
export function fieldLabel(f: string): string {
  const key = keyOf(f);
  return key ? t(key) : readableCode(f);
}

const FIELD_SHORT: Readonly<Record<(typeof STANDARD_FIELDS)[number], MessageKey>> = {
  health: "fieldShort.health",
  education: "fieldShort.education",
  literacy: "fieldShort.literacy",
  social: "fieldShort.social",
  manpower: "fieldShort.manpower",
  civil_registration: "fieldShort.civil_registration",
  fire_safety: "fieldShort.fire_safety",
  trade: "fieldShort.trade",
};
/** A standard field's short name for a narrow column head (Naker, Damkar), the full name when it has none. */
export const fieldShortLabel = (f: string): string =>
  Object.hasOwn(FIELD_SHORT, f) ? t(FIELD_SHORT[f as keyof typeof FIELD_SHORT]) : fieldLabel(f);

/**
 * The fields as choices, in the current language: the standard ones, then the other codes given (those a
 * record already carries, so editing never hides a field it has) in alphabetical order of their words.
 */
export function fieldChoices(also: readonly string[] = []): { value: string; label: string }[] {
  const standard: readonly string[] = STANDARD_FIELDS;
  const label = (value: string) => ({ value, label: fieldLabel(value) });
  const others = [...new Set(also)].filter((f) => !standard.includes(f)).map(label);
  return [...standard.map(label), ...others.sort((x, y) => x.label.localeCompare(y.label))];
}

// The pattern the API checks (FieldSchema in @sinergi/domain): a letter, then 1-39 of a-z, 0-9 and _.
const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * The field code for what an admin typed as "another field": a known field when the words are its label in
 * Indonesian or the console's language, or its code ("Perikanan", "fisheries" → fisheries), else the words
 * as a snake_case code ("Bank sampah" → bank_sampah). Undefined when nothing usable is left (digits only).
 */
export function toFieldCode(typed: string): string | undefined {
  const words = typed.trim().toLowerCase();
  if (words === "") return undefined;
  for (const code of [...STANDARD_FIELDS, ...OTHER_FIELDS]) {
    const key = keyOf(code) as MessageKey;
    if (code === words || [id[key], t(key)].some((label) => label.toLowerCase() === words)) return code;
  }
  const code = words
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+$/, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return CODE.test(code) ? code : undefined;
}
