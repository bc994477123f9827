import type { Kysely } from "kysely";
import { runStatements } from "./run.ts";

// Regency codes that moved to a new province in the Papua split of 2022 (old -> today's), frozen here
// as landed; the domain's REGENCY_SUCCESSORS is the source, and a db test holds the two together.
const MOVED: readonly (readonly [string, string])[] = [
  ["91.01", "93.01"],
  ["91.16", "93.02"],
  ["91.17", "93.03"],
  ["91.18", "93.04"],
  ["91.04", "94.01"],
  ["91.07", "94.02"],
  ["91.08", "94.03"],
  ["91.09", "94.04"],
  ["91.26", "94.05"],
  ["91.25", "94.06"],
  ["91.27", "94.07"],
  ["91.28", "94.08"],
  ["91.02", "95.01"],
  ["91.12", "95.02"],
  ["91.13", "95.03"],
  ["91.14", "95.04"],
  ["91.21", "95.05"],
  ["91.22", "95.06"],
  ["91.23", "95.07"],
  ["91.24", "95.08"],
  ["92.01", "96.01"],
  ["92.04", "96.02"],
  ["92.05", "96.03"],
  ["92.09", "96.04"],
  ["92.10", "96.05"],
  ["92.71", "96.71"],
];
const nikRegency = "substr(nik, 1, 2) || '.' || substr(nik, 3, 2)";
const mapped = `case ${nikRegency} ${MOVED.map(([o, n]) => `when '${o}' then '${n}'`).join(" ")} else ${nikRegency} end`;

/**
 * Issue 10 §3: sentence facts on inmates; the effective domicile as a stored column (recorded, else the
 * NIK's regency under today's code) so lists, grants and statistics read one definition through one
 * index; population snapshots without a detainee/convict split; facility kind and class checked
 * together, and a specialisation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `alter table inmates add column sentence jsonb
      check (sentence is null or jsonb_typeof(sentence) = 'object')`,
    `alter table inmates add column effective_domicile_code text
      generated always as (coalesce(domicile_regency_code, ${mapped})) stored`,
    "drop index inmates_domicile",
    "create index inmates_effective_domicile on inmates (effective_domicile_code)",
    "alter table population_snapshots alter column detainees drop not null",
    "alter table population_snapshots alter column convicts drop not null",
    "alter table population_snapshots drop constraint population_snapshots_check",
    `alter table population_snapshots add constraint population_snapshots_split check (
      (detainees is null) = (convicts is null) and (detainees is null or detainees + convicts = total))`,
    `alter table facilities add column specialisation text not null default 'general'
      check (specialisation in ('general', 'women', 'narcotics'))`,
    // Pairs that do not exist, from before the check: an LPKA is Kelas I or II, there is no Rutan III.
    "update facilities set class = 'II' where kind = 'lpka' and class in ('IIA', 'IIB', 'III')",
    "update facilities set class = 'IIB' where kind = 'rutan' and class = 'III'",
    "alter table facilities drop constraint facilities_class_check",
    `alter table facilities add constraint facilities_kind_class check (
      (kind = 'rutan' and class in ('I', 'IIA', 'IIB'))
      or (kind = 'lapas' and class in ('I', 'IIA', 'IIB', 'III'))
      or (kind = 'lpka' and class in ('I', 'II')))`,
  ]);
}
