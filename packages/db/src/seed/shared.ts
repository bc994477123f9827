import { createHash } from "node:crypto";
import { type HistoryEntry, historyEntry } from "@sinergi/domain";
import type { Transaction } from "kysely";
import { appendHistory } from "../history.ts";
import { json } from "../json.ts";
import type { Database } from "../schema/index.ts";

/** The time zones facilities use. */
export type Zone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";

const OFFSET_HOURS: Record<Zone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

/** How many rows of each kind the seed wrote. */
export interface SeedCounts {
  regionalOffices: number;
  facilities: number;
  licences: number;
  populationSnapshots: number;
  partners: number;
  engagements: number;
  followUps: number;
  agreements: number;
  actionItems: number;
  programs: number;
  cohorts: number;
  inmates: number;
  enrollments: number;
  attendance: number;
  certificates: number;
  historyEntries: number;
}

/** An empty tally. */
export const zeroCounts = (): SeedCounts => ({
  regionalOffices: 0,
  facilities: 0,
  licences: 0,
  populationSnapshots: 0,
  partners: 0,
  engagements: 0,
  followUps: 0,
  agreements: 0,
  actionItems: 0,
  programs: 0,
  cohorts: 0,
  inmates: 0,
  enrollments: 0,
  attendance: 0,
  certificates: 0,
  historyEntries: 0,
});

/** What every facility file receives: the open transaction, the seed's clock and the tally. */
export interface SeedContext {
  readonly trx: Transaction<Database>;
  /** ISO instant the seed runs at. */
  readonly now: string;
  /** The seed's calendar date (Asia/Jakarta). */
  readonly today: string;
  readonly counts: SeedCounts;
}

/** A deterministic v4-shaped UUID derived from a stable key, so the demo is reproducible. */
export function demoId(key: string): string {
  const h = createHash("sha256").update(`sinergi-demo:${key}`).digest("hex");
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** SHA-256 hex of a text, standing in for the bytes of a scanned signed document. */
export const sha256Hex = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The UTC instant of a local wall-clock time on a date in a facility's zone. */
export function instant(date: string, time: string, zone: Zone): string {
  const local = Date.parse(`${date}T${time}:00Z`);
  return new Date(local - OFFSET_HOURS[zone] * 3_600_000).toISOString();
}

/** "KABUPATEN HULU SUNGAI TENGAH" -> "Kabupaten Hulu Sungai Tengah". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** The official name of an area, title-cased; throws when the code is not in the `areas` table. */
export async function areaName(ctx: SeedContext, code: string): Promise<string> {
  const row = await ctx.trx.selectFrom("areas").select("name").where("code", "=", code).executeTakeFirst();
  if (!row) throw new Error(`demo seed: area ${code} is missing from the areas table`);
  return titleCase(row.name);
}

/** The district codes of a regency, in code order. */
export async function districtsOf(ctx: SeedContext, regencyCode: string): Promise<string[]> {
  const rows = await ctx.trx
    .selectFrom("areas")
    .select("code")
    .where("parentCode", "=", regencyCode)
    .where("level", "=", "district")
    .orderBy("code")
    .execute();
  if (rows.length === 0) throw new Error(`demo seed: regency ${regencyCode} has no districts`);
  return rows.map((r) => r.code);
}

/** One lifecycle move as the story tells it. */
export interface Move {
  readonly to: string;
  readonly at: string;
  readonly actor: string;
  readonly reason?: string;
}

/** Writes a lifecycle history (the first move is creation: from null); returns the entries. */
export async function writeHistory(
  ctx: SeedContext,
  entityType: string,
  entityId: string,
  moves: readonly Move[],
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let from: string | null = null;
  for (const m of moves) {
    const entry = historyEntry(
      { actor: m.actor, at: m.at, ...(m.reason === undefined ? {} : { reason: m.reason }) },
      from,
      m.to,
    );
    await appendHistory(ctx.trx, entityType, entityId, entry);
    entries.push(entry);
    from = m.to;
  }
  ctx.counts.historyEntries += entries.length;
  return entries;
}

/** First and last instants of a non-empty move list. */
export function span(moves: readonly Move[]): { first: Move; last: Move } {
  const first = moves[0];
  const last = moves[moves.length - 1];
  if (!first || !last) throw new Error("demo seed: a lifecycle needs at least one move");
  return { first, last };
}

/** A partner to insert. */
export interface PartnerSeed {
  readonly key: string;
  readonly kind:
    | "local_government"
    | "government_agency"
    | "training_provider"
    | "certification_body"
    | "ngo"
    | "business"
    | "other";
  readonly name: string;
  readonly parentKey?: string;
  readonly areaCode: string | null;
  readonly fields: readonly string[];
  /** In the national register (BNSP, a ministry) rather than its province's Kanwil's. */
  readonly national?: boolean;
  readonly contacts?: readonly { name: string; role?: string }[];
  readonly createdAt: string;
}

/** Inserts a partner; returns its id. */
export async function insertPartner(ctx: SeedContext, p: PartnerSeed): Promise<string> {
  const id = demoId(`partner:${p.key}`);
  await ctx.trx
    .insertInto("partners")
    .values({
      id,
      kind: p.kind,
      name: p.name,
      parentId: p.parentKey === undefined ? null : demoId(`partner:${p.parentKey}`),
      areaCode: p.areaCode,
      // A local body sits in the register of its province's Kanwil.
      ownerRegionalOfficeId:
        p.national || p.areaCode === null ? null : demoId(`regional-office:${p.areaCode.split(".")[0]}`),
      contacts: json(p.contacts ?? []),
      fields: [...p.fields],
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    })
    .execute();
  ctx.counts.partners += 1;
  return id;
}

/** The local government of a regency ("Pemerintah Kota Medan") with its name from the areas table. */
export async function insertLocalGovernment(
  ctx: SeedContext,
  key: string,
  regencyCode: string,
  fields: readonly string[],
  createdAt: string,
  contacts: readonly { name: string; role?: string }[] = [],
): Promise<string> {
  const name = `Pemerintah ${await areaName(ctx, regencyCode)}`;
  return insertPartner(ctx, {
    key,
    kind: "local_government",
    name,
    areaCode: regencyCode,
    fields,
    contacts,
    createdAt,
  });
}

/** An agency under a local government ("Dinas Sosial Kabupaten Maluku Tengah"). */
export async function insertAgency(
  ctx: SeedContext,
  p: Omit<PartnerSeed, "kind" | "name" | "areaCode"> & {
    readonly agency: string;
    readonly areaCode: string;
    readonly kind?: PartnerSeed["kind"];
  },
): Promise<string> {
  const name = `${p.agency} ${await areaName(ctx, p.areaCode)}`;
  return insertPartner(ctx, { ...p, kind: p.kind ?? "government_agency", name });
}
