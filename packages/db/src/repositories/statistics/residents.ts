import { sql } from "kysely";
import type { Executor } from "../../connection.ts";
import { facilitiesOf, type Viewer } from "../../visibility/viewer.ts";

/** Residents of one area held in one facility: registered inmates, their training, the facility's census. */
export interface FacilityResidentCounts {
  readonly facilityId: string;
  readonly facilityName: string;
  /** Inmates admitted by `on` whose effective domicile (recorded, else the NIK's) lies in the area. */
  readonly registered: number;
  readonly detainees: number;
  readonly convicts: number;
  readonly male: number;
  readonly female: number;
  /** Of them, enrolled in a cohort on `on` (enrolled by then, not yet ended). */
  readonly inTraining: number;
  /** Of them, with an enrollment completed by `on`. */
  readonly completedTraining: number;
  /** Of them, holding a certificate valid on `on`: issued by then, not expired, not yet revoked. */
  readonly certified: number;
  /** The facility's latest population snapshot on or before `on`: its total and the area's residents. */
  readonly population: {
    readonly takenOn: string;
    readonly total: number;
    readonly residents: number;
  } | null;
}

/** Which residents to count. */
export interface ResidentCountsQuery {
  /** A province (`12`) or regency/city (`12.71`) code. */
  readonly areaCode: string;
  /** Only these facilities; undefined counts every facility. */
  readonly facilityIds?: readonly string[] | undefined;
  /** Only the facilities this viewer's records lie in (a staff scope); undefined counts every facility. */
  readonly viewer?: Viewer;
  /**
   * The day every figure is counted on: admissions, enrollments and completions up to it (in the
   * facility's time zone), certificates valid on it, the latest snapshot by it. Legal status, sex and
   * domicile are the record's current ones (their history is not kept).
   */
  readonly on: string;
}

const inArea = (column: ReturnType<typeof sql>, area: string) =>
  sql`(${column} = ${area} or ${column} like ${area} || '.%')`;

/**
 * Counts the residents of an area per facility, from inmate records and population snapshots; a
 * facility appears when either source has any of the area's residents.
 */
export async function residentCountsByFacility(
  db: Executor,
  q: ResidentCountsQuery,
): Promise<FacilityResidentCounts[]> {
  if (q.facilityIds !== undefined && q.facilityIds.length === 0) return [];
  const seen = q.viewer === undefined ? undefined : facilitiesOf(q.viewer);
  const ids =
    seen !== undefined
      ? sql`(${seen})`
      : q.facilityIds === undefined
        ? null
        : sql`(${sql.join(q.facilityIds)})`;
  const domicile = sql`i.effective_domicile_code`;
  // An enrollment's moves are in lifecycle_history; a row without them falls back on its last update.
  const moved = (column: "from_state" | "to_state", state: string) =>
    sql`(select min(h.at) from lifecycle_history h
      where h.entity_type = 'enrollment' and h.entity_id = e.id and h.${sql.ref(column)} = ${state})`;
  const localDay = (instant: ReturnType<typeof sql>) => sql`(${instant} at time zone f.zone)::date`;
  const leftAt = sql`coalesce(${moved("from_state", "enrolled")}, case when e.state <> 'enrolled' then e.updated_at end)`;
  const completedAt = sql`coalesce(${moved("to_state", "completed")}, case when e.state = 'completed' then e.updated_at end)`;
  const records = await sql<{
    facilityId: string;
    registered: number;
    detainees: number;
    convicts: number;
    male: number;
    female: number;
    inTraining: number;
    completedTraining: number;
    certified: number;
  }>`select i.facility_id,
      count(*)::int as registered,
      (count(*) filter (where i.legal_status = 'detainee'))::int as detainees,
      (count(*) filter (where i.legal_status = 'convict'))::int as convicts,
      (count(*) filter (where i.sex = 'male'))::int as male,
      (count(*) filter (where i.sex = 'female'))::int as female,
      (count(*) filter (where exists (select 1 from enrollments e
        where e.inmate_id = i.id and ${localDay(sql`e.enrolled_at`)} <= ${q.on}
          and coalesce(${localDay(leftAt)} > ${q.on}, true))))::int as in_training,
      (count(*) filter (where exists (select 1 from enrollments e
        where e.inmate_id = i.id and ${localDay(completedAt)} <= ${q.on})))::int as completed_training,
      (count(*) filter (where exists (select 1 from enrollments e
        join certificates c on c.enrollment_id = e.id
        where e.inmate_id = i.id and c.issued_on <= ${q.on}
          and (c.valid_until is null or c.valid_until >= ${q.on})
          and (c.status = 'issued' or c.revoked_on > ${q.on}))))::int as certified
    from inmates i
    join (select id, coalesce(time_zone_override, time_zone) as zone from facilities) f on f.id = i.facility_id
    where ${inArea(domicile, q.areaCode)} and i.admission_date <= ${q.on}
      ${ids === null ? sql`` : sql`and i.facility_id in ${ids}`}
    group by i.facility_id`.execute(db);
  const census = await sql<{ facilityId: string; takenOn: string; total: number; residents: number }>`
    select distinct on (s.facility_id) s.facility_id, s.taken_on, s.total,
      coalesce((select sum(d.count) from population_domicile_counts d
        where d.snapshot_id = s.id and ${inArea(sql`d.regency_code`, q.areaCode)}), 0)::int as residents
    from population_snapshots s
    where s.taken_on <= ${q.on}
      ${ids === null ? sql`` : sql`and s.facility_id in ${ids}`}
    order by s.facility_id, s.taken_on desc`.execute(db);
  const byFacility = new Map(records.rows.map((r) => [r.facilityId, r]));
  const snapshots = new Map(census.rows.filter((s) => s.residents > 0).map((s) => [s.facilityId, s]));
  const facilityIds = [...new Set([...byFacility.keys(), ...snapshots.keys()])];
  if (facilityIds.length === 0) return [];
  const names = await db
    .selectFrom("facilities")
    .select(["id", "name"])
    .where("id", "in", facilityIds)
    .execute();
  const zero = {
    registered: 0,
    detainees: 0,
    convicts: 0,
    male: 0,
    female: 0,
    inTraining: 0,
    completedTraining: 0,
    certified: 0,
  };
  return names
    .map((f) => {
      const { facilityId: _, ...counts } = byFacility.get(f.id) ?? { facilityId: f.id, ...zero };
      const s = snapshots.get(f.id);
      return {
        facilityId: f.id,
        facilityName: f.name,
        ...counts,
        population: s ? { takenOn: s.takenOn, total: s.total, residents: s.residents } : null,
      };
    })
    .sort((a, b) => a.facilityName.localeCompare(b.facilityName));
}
