import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema/index.ts";
import {
  AGREEMENT_COLUMNS,
  type AgreementRows,
  agreementChain,
  emptyAgreementRows,
  type SigningUnit,
} from "./agreements.ts";
import { withIndexesDeferred } from "./bulk.ts";
import {
  drainHistory,
  type FacilityModel,
  newRun,
  type PartnerModel,
  rngFor,
  type SeedRun,
} from "./context.ts";
import {
  ENGAGEMENT_COLUMNS,
  type EngagementRows,
  facilityEngagements,
  facilityLicences,
} from "./engagements.ts";
import { loadGeography } from "./geography.ts";
import { apportion, buildOrganisation, type Organisation } from "./organisation.ts";
import { facilityPopulation, POPULATION_COLUMNS } from "./population.ts";
import { facilityPrograms, nationalPrograms, PROGRAM_COLUMNS, type ProgramSlot } from "./programs.ts";
import type { Cell, Sink, TableRows } from "./sink.ts";
import {
  type CertificateCounters,
  facilityTraining,
  TRAINING_COLUMNS,
  type TrainingRows,
} from "./training.ts";

export { copySink, insertSink, type Sink } from "./sink.ts";

/** What to generate. */
export interface NationalOptions {
  /** 1 is the country (530 facilities, 270,000 inmates, 1,000,000 enrollments); 0.001 a thousandth. */
  readonly scale: number;
  /** Same seed and same `today`: the same rows, byte for byte. */
  readonly seed: number;
  /** The day the data is read at (YYYY-MM-DD): three years of history end here. */
  readonly today: string;
  /** Set keys, foreign keys and indexes aside during the load and build them after (large loads). */
  readonly deferIndexes?: boolean;
  /** Told when each phase ends (for the command's output). */
  readonly onPhase?: (phase: string) => void;
}

/** Every table the generator writes. */
export const NATIONAL_TABLES = [
  "regional_offices",
  "facilities",
  "partners",
  "documents",
  "agreements",
  "agreement_partners",
  "action_items",
  "programs",
  "engagements",
  "engagement_partners",
  "follow_ups",
  "facility_licences",
  "lifecycle_history",
  "inmates",
  "population_snapshots",
  "population_domicile_counts",
  "cohorts",
  "enrollments",
  "enrollment_assessments",
  "attendance",
  "certificates",
] as const;

/** Rows written per table. */
export type NationalCounts = Record<string, number>;

/** Full-scale sizes (issue 11): scaled linearly, with floors so tiny scales still cover every case. */
export function nationalSizes(scale: number) {
  return {
    facilities: Math.max(6, Math.round(530 * scale)),
    inmates: Math.max(120, Math.round(270_000 * scale)),
    enrollments: Math.max(300, Math.round(1_000_000 * scale)),
    agreements: Math.max(30, Math.round(20_000 * scale)),
    visitsPerFacility: Math.max(8, Math.round(60 * Math.min(1, scale * 10))),
  };
}

/** True when no regional office, facility or partner is stored yet. */
export async function isNationalEmpty(db: Kysely<Database>): Promise<boolean> {
  const r = await sql<{
    n: number;
  }>`select (select count(*) from regional_offices) + (select count(*) from facilities)
    + (select count(*) from partners) as n`.execute(db);
  return Number(r.rows[0]?.n ?? 0) === 0;
}

/**
 * Fills an empty, migrated database with a country's worth of data through `sink`, streaming facility by
 * facility so memory stays flat; returns the rows written per table.
 */
export async function seedNational(
  db: Kysely<Database>,
  sink: Sink,
  options: NationalOptions,
): Promise<NationalCounts> {
  if (!(options.scale > 0)) throw new Error("national seed: scale must be above 0");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error("national seed: today must be YYYY-MM-DD");
  if (!(await isNationalEmpty(db)))
    throw new Error(
      "national seed: the database already holds organisation data; use a fresh database (or --reset)",
    );
  const run = newRun(options.seed, options.scale, options.today, await loadGeography());
  const counts = options.deferIndexes
    ? await withIndexesDeferred(db, NATIONAL_TABLES, async () => {
        const c = await generate(run, sink);
        options.onPhase?.("rows loaded");
        return c;
      })
    : await generate(run, sink);
  options.onPhase?.(options.deferIndexes ? "keys, indexes and foreign keys rebuilt" : "rows loaded");
  await sql`analyze`.execute(db);
  options.onPhase?.("analyzed");
  return counts;
}

/** Generates every row of a run into `sink` (no database needed: profiling drives it with a null sink). */
export async function generate(run: SeedRun, sink: Sink): Promise<NationalCounts> {
  const sizes = nationalSizes(run.scale);
  const counts: NationalCounts = {};
  const tally = (batch: readonly TableRows[]) => {
    for (const t of batch) counts[t.table] = (counts[t.table] ?? 0) + t.rows.length + (t.lines?.length ?? 0);
    return batch;
  };
  const org = buildOrganisation(run, sizes.facilities, sizes.inmates);
  await sink.load(0, tally(org.tables));

  const agreements = buildAgreements(run, org, sizes.agreements);
  await sink.load(
    0,
    tally([
      { table: "documents", columns: AGREEMENT_COLUMNS.documents, rows: agreements.documents },
      { table: "agreements", columns: AGREEMENT_COLUMNS.agreements, rows: agreements.agreements },
      { table: "agreement_partners", columns: AGREEMENT_COLUMNS.partners, rows: agreements.partners },
      { table: "action_items", columns: AGREEMENT_COLUMNS.actionItems, rows: agreements.actionItems },
    ]),
  );

  const national = nationalPrograms(run, org.national);
  const programRows: Cell[][] = [...national.table.rows.map((r) => [...r])];
  const slots = new Map<number, ProgramSlot[]>();
  for (const f of org.facilities) {
    const signed = agreements.signed.filter((a) => a.facilityId === f.id);
    const own = facilityPrograms(
      run,
      rngFor(run, 20, f.index),
      f,
      signed,
      org.partnersByProvince.get(f.regency.province) ?? [],
      programRows,
    );
    slots.set(f.index, [...own, ...national.slots]);
  }
  const visits: EngagementRows = { engagements: [], partners: [], followUps: [], licences: [] };
  for (const f of org.facilities) {
    const rng = rngFor(run, 30, f.index);
    facilityEngagements(run, rng, visits, f, partnerPool(org, f), sizes.visitsPerFacility);
    facilityLicences(run, rng, visits, f);
  }
  await sink.load(
    0,
    tally([
      { table: "programs", columns: PROGRAM_COLUMNS, rows: programRows },
      { table: "engagements", columns: ENGAGEMENT_COLUMNS.engagements, rows: visits.engagements },
      { table: "engagement_partners", columns: ENGAGEMENT_COLUMNS.partners, rows: visits.partners },
      { table: "follow_ups", columns: ENGAGEMENT_COLUMNS.followUps, rows: visits.followUps },
      { table: "facility_licences", columns: ENGAGEMENT_COLUMNS.licences, rows: visits.licences },
      drainHistory(run),
    ]),
  );

  await loadPeople(run, sink, org, slots, sizes.enrollments, tally);
  return counts;
}

/** Partners a facility works with: its regency's, its neighbours', its province's. */
function partnerPool(org: Organisation, f: FacilityModel): PartnerModel[] {
  const own = org.partnersByRegency.get(f.regency.code) ?? [];
  const province = (org.partnersByProvince.get(f.regency.province) ?? []).filter(
    (p) => p.areaCode?.length === 2,
  );
  return [...own, ...province, ...org.national.slice(0, 3)];
}

function buildAgreements(run: SeedRun, org: Organisation, total: number): AgreementRows {
  const out = emptyAgreementRows();
  const quotas = apportion(
    total,
    org.facilities.map(() => 1),
  );
  for (const f of org.facilities) {
    const rng = rngFor(run, 10, f.index);
    const unit: SigningUnit = {
      facility: f,
      regionalOfficeId: null,
      name: f.name,
      head: f.head,
      zone: f.zone,
      code: `${f.regency.province}.${f.index + 1}`,
    };
    const pool = partnerPool(org, f).filter((p) => p.role !== "national" && p.role !== "province");
    const pemda = pool.find((p) => p.role === "pemda");
    let left = quotas[f.index] ?? 0;
    let mou: string | null = null;
    if (pemda && left > 0) {
      const r = agreementChain(run, rng, out, unit, pemda, "mou", null, left);
      left -= r.count;
      mou = r.firstSignedId;
    }
    const used = new Set<string>();
    for (let guard = 0; left > 0 && guard < 200 && pool.length > 0; guard += 1) {
      let partner = rng.pick(pool);
      if (used.has(partner.id) && used.size < pool.length) continue;
      used.add(partner.id);
      partner = partner.role === "pemda" ? (pool.find((p) => p.parentId === partner.id) ?? partner) : partner;
      const r = agreementChain(
        run,
        rng,
        out,
        unit,
        partner,
        "pks",
        partner.parentId === pemda?.id ? mou : null,
        left,
      );
      left -= r.count;
    }
  }
  // Each Kanwil signs a few PKS of its own with provincial partners; the directorate a few national MoUs.
  for (const [province, roId] of org.regionalOffices) {
    const rng = rngFor(run, 11, Number(province));
    const partners = (org.partnersByProvince.get(province) ?? []).filter((p) => p.areaCode === province);
    const zone = run.geo.province.get(province)?.zone ?? "Asia/Jakarta";
    const unit: SigningUnit = {
      facility: null,
      regionalOfficeId: roId,
      name: `Kanwil ${run.geo.province.get(province)?.name ?? province}`,
      head: "Kepala Kantor Wilayah",
      zone,
      code: province,
    };
    for (let k = 0; k < Math.round(3 * Math.min(1, run.scale * 5)) && partners.length > 0; k += 1)
      agreementChain(run, rng, out, unit, rng.pick(partners), "pks", null, 3);
  }
  const rng = rngFor(run, 12);
  const directorate: SigningUnit = {
    facility: null,
    regionalOfficeId: null,
    name: "Direktorat Jenderal Pemasyarakatan",
    head: "Direktur Jenderal Pemasyarakatan",
    zone: "Asia/Jakarta",
    code: "00",
  };
  for (const p of org.national) agreementChain(run, rng, out, directorate, p, "mou", null, 2);
  return out;
}

/** Inmates, snapshots and training facility by facility: generated, then loaded while the next is made. */
async function loadPeople(
  run: SeedRun,
  sink: Sink,
  org: Organisation,
  slots: Map<number, ProgramSlot[]>,
  enrollments: number,
  tally: (b: readonly TableRows[]) => readonly TableRows[],
): Promise<void> {
  const quotas = apportion(
    enrollments,
    org.facilities.map((f) => f.inmates),
  );
  const counters: CertificateCounters = new Map();
  const historyLane = sink.lanes - 1;
  const chunkLanes = Math.max(1, sink.lanes - 1);
  const busy: Promise<void>[] = Array.from({ length: chunkLanes }, () => Promise.resolve());
  let history: Promise<void> = Promise.resolve();
  // History batches waiting for their lane: bounded, so a slow lane holds back generation, not memory.
  let historyPending = 0;
  let failure: unknown;
  const track = (p: Promise<void>) => {
    p.catch((e: unknown) => {
      failure ??= e;
    });
    return p;
  };
  const perChunk = 4;
  for (let c = 0; c * perChunk < org.facilities.length; c += 1) {
    const lane = c % chunkLanes;
    await busy[lane];
    if (historyPending > 2) await history;
    if (failure) throw failure;
    const pop = { inmates: [] as Cell[][], snapshots: [] as Cell[][], domiciles: [] as Cell[][] };
    const tr: TrainingRows = {
      cohorts: [],
      enrollments: [],
      assessments: [],
      attendance: [],
      certificates: [],
    };
    for (const f of org.facilities.slice(c * perChunk, (c + 1) * perChunk)) {
      const rng = rngFor(run, 40, f.index);
      const inmates = facilityPopulation(run, rng, f, pop);
      facilityTraining(run, rng, f, slots.get(f.index) ?? [], inmates, quotas[f.index] ?? 0, counters, tr);
    }
    const batch = tally([
      { table: "inmates", columns: POPULATION_COLUMNS.inmates, rows: pop.inmates },
      { table: "population_snapshots", columns: POPULATION_COLUMNS.snapshots, rows: pop.snapshots },
      { table: "population_domicile_counts", columns: POPULATION_COLUMNS.domiciles, rows: pop.domiciles },
      { table: "cohorts", columns: TRAINING_COLUMNS.cohorts, rows: tr.cohorts },
      { table: "enrollments", columns: TRAINING_COLUMNS.enrollments, rows: tr.enrollments },
      { table: "enrollment_assessments", columns: TRAINING_COLUMNS.assessments, rows: tr.assessments },
      { table: "attendance", columns: TRAINING_COLUMNS.attendance, rows: [], lines: tr.attendance },
      { table: "certificates", columns: TRAINING_COLUMNS.certificates, rows: tr.certificates },
    ]);
    busy[lane] = track(sink.load(lane, batch));
    // History rows get identity ids in load order: one lane, chunk after chunk, keeps them reproducible.
    const h = tally([drainHistory(run)]);
    historyPending += 1;
    history = track(
      history.then(async () => {
        await sink.load(historyLane, h);
        historyPending -= 1;
      }),
    );
  }
  await Promise.all([...busy, history]);
}
