import { type BinaryType, CopyBinary } from "./copy-binary.ts";
import type { Geography, Regency } from "./geography.ts";
import { Ids, localInstant, Rng } from "./random.ts";
import type { TableRows } from "./sink.ts";

/** Table tags for ids (the second group of every generated UUID). */
export const TAG = {
  regionalOffice: 1,
  facility: 2,
  partner: 3,
  document: 4,
  agreement: 5,
  actionItem: 6,
  engagement: 7,
  followUp: 8,
  licence: 9,
  snapshot: 10,
  inmate: 11,
  program: 12,
  cohort: 13,
  enrollment: 14,
  assessment: 15,
  certificate: 16,
} as const;

/** A facility as the generator knows it. */
export interface FacilityModel {
  readonly index: number;
  readonly id: string;
  readonly regionalOfficeId: string;
  readonly kind: "rutan" | "lapas" | "lpka";
  readonly class: string;
  readonly specialisation: "general" | "women" | "narcotics";
  readonly name: string;
  readonly regency: Regency;
  readonly zone: string;
  readonly capacity: number;
  /** How many inmates it holds today. */
  inmates: number;
  readonly head: string;
  readonly createdAt: string;
}

/** A partner as the generator knows it. */
export interface PartnerModel {
  readonly id: string;
  readonly role: "pemda" | "dinas" | "blk" | "lsp" | "province" | "national" | "ngo" | "business";
  readonly kind: string;
  readonly name: string;
  readonly short: string;
  readonly areaCode: string | null;
  readonly fields: readonly string[];
  readonly parentId: string | null;
}

/** What every part of the generator shares. */
export interface SeedRun {
  readonly seed: number;
  readonly scale: number;
  /** The day the data is read at (states, overdue follow-ups and running cohorts are relative to it). */
  readonly today: string;
  /** The first day of the three years of history. */
  readonly windowStart: string;
  readonly geo: Geography;
  readonly ids: Ids;
  /** Lifecycle history rows not yet loaded, in COPY's binary form. */
  history: CopyBinary;
}

/** Starts a run. */
export function newRun(seed: number, scale: number, today: string, geo: Geography): SeedRun {
  const [y, m, d] = today.split("-");
  return {
    seed,
    scale,
    today,
    windowStart: `${Number(y) - 3}-${m}-${d === "29" && m === "02" ? "28" : d}`,
    geo,
    ids: new Ids(seed),
    history: new CopyBinary(HISTORY_TYPES),
  };
}

/** An independent random stream for a named part of the run (facility index, partner, …). */
export const rngFor = (run: SeedRun, part: number, index = 0): Rng =>
  new Rng(run.seed, part * 1_000_003 + index);

/** One move of a lifecycle. */
export interface Move {
  readonly to: string;
  readonly at: string;
  readonly actor: string;
  readonly reason?: string | null;
}

/** Queues the history rows of a lifecycle (the first move is creation: from null). */
export function addHistory(run: SeedRun, entityType: string, entityId: string, moves: readonly Move[]): void {
  const w = run.history;
  let from: string | null = null;
  for (const m of moves) {
    w.begin();
    w.text(entityType);
    w.uuid(entityId);
    w.timestamptz(m.at);
    w.text(m.actor);
    w.textOrNull(from);
    w.text(m.to);
    w.textOrNull(m.reason ?? null);
    w.end();
    from = m.to;
  }
}

/** The history table's columns, in the order `addHistory` writes them. */
export const HISTORY_COLUMNS = [
  "entity_type",
  "entity_id",
  "at",
  "actor",
  "from_state",
  "to_state",
  "reason",
];

/** The history table's column types, in `HISTORY_COLUMNS` order. */
const HISTORY_TYPES: readonly BinaryType[] = ["text", "uuid", "timestamptz", "text", "text", "text", "text"];

/** Takes the queued history rows as a table batch. */
export function drainHistory(run: SeedRun): TableRows {
  const text = run.history;
  run.history = new CopyBinary(HISTORY_TYPES);
  return { table: "lifecycle_history", columns: HISTORY_COLUMNS, rows: [], text };
}

/** A morning instant on a date in a zone. */
export const morning = (date: string, zone: string, rng: Rng): string =>
  localInstant(
    date,
    `${String(rng.int(8, 11)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`,
    zone,
  );

/** The later of two ISO strings of the same kind. */
export const later = (a: string, b: string): string => (a > b ? a : b);
/** An instant some seconds after another. */
export const plusSeconds = (at: string, s: number): string =>
  new Date(Date.parse(at) + s * 1000).toISOString();

/** The earlier of two ISO strings of the same kind. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);
