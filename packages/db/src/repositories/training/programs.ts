import type { CertificationScheme, CompetencyUnit, Program, ProgramTrack } from "@sinergi/domain";
import { type Selectable, type SqlBool, sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { json } from "../../json.ts";
import { containing } from "../../like.ts";
import { NAME_OR_CREATED, type Page, paginate, sortedPage } from "../../pagination.ts";
import { recordStore } from "../../record-store.ts";
import type { ProgramsTable } from "../../schema/training.ts";
import { seenBy, visibleAmong } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored program: the domain entity plus revision and timestamps. */
export interface ProgramRecord extends Program {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Reads a stored scheme; a unit stored as a bare title (older demo data) gets its position as code, and a
 * scheme stored before types were kept reads as okupasi, with no validity when none was stored.
 */
function toScheme(value: unknown): CertificationScheme | null {
  if (value === null || typeof value !== "object") return null;
  const s = value as CertificationScheme & { competencyUnits: readonly (CompetencyUnit | string)[] };
  return {
    ...s,
    schemeType: s.schemeType ?? "okupasi",
    validityMonths: s.validityMonths ?? null,
    competencyUnits: s.competencyUnits.map((u, i) =>
      typeof u === "string" ? { code: String(i + 1).padStart(2, "0"), title: u } : u,
    ),
  };
}

/** Row -> record. */
export const toProgram = (row: Selectable<ProgramsTable>): ProgramRecord => ({
  id: row.id,
  name: row.name,
  track: row.track as ProgramTrack,
  field: row.field,
  providerPartnerId: row.providerPartnerId,
  fundingAgreementId: row.fundingAgreementId,
  minAttendanceShare: Number(row.minAttendanceShare),
  certificationScheme: toScheme(row.certificationScheme),
  ownerRegionalOfficeId: row.ownerRegionalOfficeId,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const columns = (p: Program) => ({
  name: p.name,
  track: p.track,
  field: p.field,
  providerPartnerId: p.providerPartnerId,
  fundingAgreementId: p.fundingAgreementId,
  minAttendanceShare: p.minAttendanceShare,
  certificationScheme: p.certificationScheme === null ? null : json(p.certificationScheme),
  ownerRegionalOfficeId: p.ownerRegionalOfficeId,
});

/** Filters and order for listing programs. */
export interface ProgramListQuery {
  readonly track?: ProgramTrack | undefined;
  readonly field?: string | undefined;
  readonly providerPartnerId?: string | undefined;
  /** Programs funded by this agreement; one the viewer cannot see matches nothing, like a random id. */
  readonly fundingAgreementId?: string | undefined;
  readonly q?: string | undefined;
  /** Programs run at this facility (a cohort there); cohorts the viewer cannot see count for nothing. */
  readonly facilityId?: string | undefined;
  /** Who is looking: decides which funding agreements and cohorts it may name or filter by. */
  readonly viewer?: Viewer;
  readonly sort: { readonly field: "name" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists programs with keyset pagination. */
export async function listPrograms(db: Executor, query: ProgramListQuery): Promise<Page<ProgramRecord>> {
  let qb = db.selectFrom("programs").selectAll();
  if (query.track !== undefined) qb = qb.where("track", "=", query.track);
  if (query.field !== undefined) qb = qb.where("field", "=", query.field);
  if (query.providerPartnerId !== undefined) qb = qb.where("providerPartnerId", "=", query.providerPartnerId);
  if (query.fundingAgreementId !== undefined) {
    qb = qb.where("fundingAgreementId", "=", query.fundingAgreementId);
    const seen = seenBy("agreement", query.viewer, "programs.funding_agreement_id");
    if (seen) qb = qb.where(seen);
  }
  if (query.q !== undefined) qb = qb.where("name", "ilike", containing(query.q));
  if (query.facilityId !== undefined) {
    // Through the cohorts the viewer may see: another facility's reads as one that runs nothing.
    const seen = seenBy("cohort", query.viewer, "cohorts.id");
    qb = qb.where(
      sql<SqlBool>`exists (select 1 from cohorts where cohorts.program_id = programs.id
        and cohorts.facility_id = ${query.facilityId}${seen ? sql` and ${seen}` : sql``})`,
    );
  }
  const page = await paginate(qb, sortedPage(query, NAME_OR_CREATED));
  return {
    items: await programsAsSeenBy(db, query.viewer, page.items.map(toProgram)),
    nextCursor: page.nextCursor,
  };
}

/**
 * Programs as a viewer may read them: the register is shared, but a funding agreement it cannot see
 * reads as none (null), exactly as a missing one would. For output only: never save what this returns.
 */
export async function programsAsSeenBy(
  db: Executor,
  viewer: Viewer,
  programs: readonly ProgramRecord[],
): Promise<ProgramRecord[]> {
  const funding = programs.flatMap((p) => (p.fundingAgreementId === null ? [] : [p.fundingAgreementId]));
  if (viewer === undefined || funding.length === 0) return [...programs];
  const seen = await visibleAmong(db, "agreement", viewer, funding);
  return programs.map((p) =>
    p.fundingAgreementId === null || seen.has(p.fundingAgreementId) ? p : { ...p, fundingAgreementId: null },
  );
}

const store = recordStore<"programs", Program, ProgramRecord>("programs", toProgram, columns, "program");
/** One program, optionally locked for update inside a transaction. */
export const findProgram = store.find;
/** Inserts a program. */
export const insertProgram = store.insert;
/** Writes the whole program and bumps the revision. */
export const saveProgram = store.save;
