import { AGREEMENT_COLUMNS } from "./agreements.ts";
import { drainHistory, rngFor, type SeedRun } from "./context.ts";
import { CopyBinary } from "./copy-binary.ts";
import { CopyText } from "./copy-text.ts";
import {
  ENGAGEMENT_COLUMNS,
  type EngagementRows,
  facilityEngagements,
  facilityLicences,
} from "./engagements.ts";
import { apportion, buildOrganisation, type Organisation } from "./organisation.ts";
import { facilityPopulation, POPULATION_COLUMNS, POPULATION_TYPES } from "./population.ts";
import { facilityPrograms, nationalPrograms, PROGRAM_COLUMNS, type ProgramSlot } from "./programs.ts";
import { buildAgreements, partnerPool } from "./signing.ts";
import { type Cell, rowCount, type Sink, type TableRows } from "./sink.ts";
import {
  type CertificateCounters,
  facilityTraining,
  TRAINING_COLUMNS,
  type TrainingRows,
} from "./training.ts";
import { TRAINING_TYPES } from "./training-columns.ts";

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

/** Generates every row of a run into `sink` (no database needed: profiling drives it with a null sink). */
export async function generate(run: SeedRun, sink: Sink): Promise<NationalCounts> {
  const sizes = nationalSizes(run.scale);
  const counts: NationalCounts = {};
  const tally = (batch: readonly TableRows[]) => {
    for (const t of batch) counts[t.table] = (counts[t.table] ?? 0) + rowCount(t);
    return batch;
  };
  // The organisation, agreements and visits are loaded in order on lane 0 while the next part is made
  // (the loads chained, not awaited: the database would otherwise sit idle through the first seconds).
  let head: Promise<void> = Promise.resolve();
  const queue = (batch: readonly TableRows[]) => {
    const next = head.then(() => sink.load(0, batch));
    // Awaited later (by the first people batch); a failure is not "unhandled" meanwhile.
    next.catch(() => {});
    head = next;
  };
  const org = buildOrganisation(run, sizes.facilities, sizes.inmates);
  queue(tally(org.tables));

  const agreements = buildAgreements(run, org, sizes.agreements);
  queue(
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
  queue(
    tally([
      { table: "programs", columns: PROGRAM_COLUMNS, rows: programRows },
      { table: "engagements", columns: ENGAGEMENT_COLUMNS.engagements, rows: visits.engagements },
      { table: "engagement_partners", columns: ENGAGEMENT_COLUMNS.partners, rows: visits.partners },
      { table: "follow_ups", columns: ENGAGEMENT_COLUMNS.followUps, rows: visits.followUps },
      { table: "facility_licences", columns: ENGAGEMENT_COLUMNS.licences, rows: visits.licences },
      drainHistory(run),
    ]),
  );

  await loadPeople(run, sink, org, slots, sizes.enrollments, tally, head);
  return counts;
}

/** Inmates, snapshots and training facility by facility: generated, then loaded while the next is made. */
async function loadPeople(
  run: SeedRun,
  sink: Sink,
  org: Organisation,
  slots: Map<number, ProgramSlot[]>,
  enrollments: number,
  tally: (b: readonly TableRows[]) => readonly TableRows[],
  head: Promise<void>,
): Promise<void> {
  const quotas = apportion(
    enrollments,
    org.facilities.map((f) => f.inmates),
  );
  const counters: CertificateCounters = new Map();
  const historyLane = sink.lanes - 1;
  const chunkLanes = Math.max(1, sink.lanes - 1);
  // Every people batch and history batch is loaded after the head's loads (parents first, and history's
  // identity ids in load order); the first chunks are made while those still run.
  const busy: Promise<void>[] = Array.from({ length: chunkLanes }, () => Promise.resolve());
  let history: Promise<void> = head;
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
  // Each table's buffer starts a little above the previous chunk's size: growing by doubling copied
  // every byte several times over and touched fresh memory each time.
  const sizes = new Map<string, number>();
  const room = (table: string) => Math.max(1 << 16, Math.ceil((sizes.get(table) ?? 0) * 1.25));
  for (let c = 0; c * perChunk < org.facilities.length; c += 1) {
    const lane = c % chunkLanes;
    await busy[lane];
    if (historyPending > 2) await history;
    if (failure) throw failure;
    const pop = {
      inmates: new CopyBinary(POPULATION_TYPES.inmates, room("inmates")),
      snapshots: new CopyBinary(POPULATION_TYPES.snapshots, room("population_snapshots")),
      domiciles: new CopyBinary(POPULATION_TYPES.domiciles, room("population_domicile_counts")),
    };
    const tr: TrainingRows = {
      cohorts: new CopyText(room("cohorts")),
      enrollments: new CopyBinary(TRAINING_TYPES.enrollments, room("enrollments")),
      assessments: new CopyBinary(TRAINING_TYPES.assessments, room("enrollment_assessments")),
      attendance: new CopyBinary(TRAINING_TYPES.attendance, room("attendance")),
      certificates: new CopyBinary(TRAINING_TYPES.certificates, room("certificates")),
    };
    for (const f of org.facilities.slice(c * perChunk, (c + 1) * perChunk)) {
      const rng = rngFor(run, 40, f.index);
      const inmates = facilityPopulation(run, rng, f, pop);
      facilityTraining(run, rng, f, slots.get(f.index) ?? [], inmates, quotas[f.index] ?? 0, counters, tr);
    }
    const batch = tally([
      { table: "inmates", columns: POPULATION_COLUMNS.inmates, rows: [], text: pop.inmates },
      { table: "population_snapshots", columns: POPULATION_COLUMNS.snapshots, rows: [], text: pop.snapshots },
      {
        table: "population_domicile_counts",
        columns: POPULATION_COLUMNS.domiciles,
        rows: [],
        text: pop.domiciles,
      },
      { table: "cohorts", columns: TRAINING_COLUMNS.cohorts, rows: [], text: tr.cohorts },
      { table: "enrollments", columns: TRAINING_COLUMNS.enrollments, rows: [], text: tr.enrollments },
      {
        table: "enrollment_assessments",
        columns: TRAINING_COLUMNS.assessments,
        rows: [],
        text: tr.assessments,
      },
      { table: "attendance", columns: TRAINING_COLUMNS.attendance, rows: [], text: tr.attendance },
      { table: "certificates", columns: TRAINING_COLUMNS.certificates, rows: [], text: tr.certificates },
    ]);
    for (const t of batch) sizes.set(t.table, t.text?.bytes().length ?? 0);
    busy[lane] = track(head.then(() => sink.load(lane, batch)));
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
