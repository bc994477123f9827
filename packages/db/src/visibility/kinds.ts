import { assertNever, type Scope } from "@sinergi/domain";
import { type RawBuilder, sql } from "kysely";
import { facilitiesOf, officeOf, partnerFamily } from "./viewer.ts";

/** Every kind of record whose visibility depends on the viewer (named as the audit log names them). */
export const VISIBLE_KINDS = [
  "facility",
  "regional_office",
  "population_snapshot",
  "licence",
  "partner",
  "program",
  "agreement",
  "action_item",
  "document",
  "engagement",
  "follow_up",
  "cohort",
  "enrollment",
  "certificate",
  "inmate",
  "user",
  "api_key",
  "report",
  "alert",
] as const;
/** A kind of record whose visibility depends on the viewer. */
export type VisibleKind = (typeof VISIBLE_KINDS)[number];

/** The table each kind lives in (snake_case, as SQL sees it). */
export const TABLE_OF: Readonly<Record<VisibleKind, string>> = {
  facility: "facilities",
  regional_office: "regional_offices",
  population_snapshot: "population_snapshots",
  licence: "facility_licences",
  partner: "partners",
  program: "programs",
  agreement: "agreements",
  action_item: "action_items",
  document: "documents",
  engagement: "engagements",
  follow_up: "follow_ups",
  cohort: "cohorts",
  enrollment: "enrollments",
  certificate: "certificates",
  inmate: "inmates",
  user: "users",
  api_key: "api_keys",
  report: "reports",
  alert: "alerts",
};

type Ids = RawBuilder<{ id: string }>;
const NONE: Ids = sql`select null::uuid as id where false`;

/** SQL: ids of the rows of a table whose facility column lies in the viewer's facilities. */
function onFacilities(table: string, column: string, viewer: Scope): Ids | undefined {
  const facilities = facilitiesOf(viewer);
  if (facilities === undefined) return undefined;
  return sql`select t.id from ${sql.table(table)} t where ${sql.ref(`t.${column}`)} in (${facilities})`;
}

/** SQL: national MoUs (the directorate's: no facility, no office), which frame every facility's PKS. */
const NATIONAL_MOUS: Ids = sql`select a.id from agreements a
  where a.facility_id is null and a.regional_office_id is null and a.kind = 'mou'`;

/** SQL: national documents (no facility, no office), which every office and facility reads. */
const NATIONAL_DOCUMENTS: Ids = sql`select d.id from documents d
  where d.facility_id is null and d.regional_office_id is null`;

/** A partner system's scope. */
type PartnerScope = Extract<Scope, { kind: "partner" }>;

/**
 * How the rows of a table placed on a facility or a regional office (by its facility_id and
 * regional_office_id) are seen: an office sees its own and its facilities' rows, a facility its own.
 */
interface Placed {
  readonly table: string;
  /** A facility also sees the rows of its own regional office. */
  readonly facilitySeesOffice: boolean;
  /** Rows every office and facility sees besides (the national MoUs, the national documents). */
  readonly national: Ids | null;
  /** What a partner sees: never by place, always through its agreements or its family. */
  readonly partner: (viewer: PartnerScope) => Ids;
}

/**
 * The placed kinds: agreements held (may change) and read, documents, reports, alerts. A facility reads
 * its Kanwil's agreements and documents, and offices and facilities the national ones.
 */
type PlacedKind = "heldAgreements" | "agreements" | "documents" | "reports" | "alerts";

/** Each placed kind's table and exceptions. */
const PLACED: Readonly<Record<PlacedKind, Placed>> = {
  heldAgreements: { table: "agreements", facilitySeesOffice: false, national: null, partner: () => NONE },
  agreements: {
    table: "agreements",
    facilitySeesOffice: true,
    national: NATIONAL_MOUS,
    partner: (viewer) => sql`select ap.agreement_id as id from agreement_partners ap
      where ap.partner_id in (${partnerFamily(viewer.partnerId)})`,
  },
  documents: {
    table: "documents",
    facilitySeesOffice: true,
    national: NATIONAL_DOCUMENTS,
    // A partner reads the documents its agreements were signed or amended as.
    partner: (viewer) => sql`select a.signed_document_id as id from agreements a
      where a.signed_document_id is not null and a.id in (${placedIds("agreements", viewer)})
      union select (v.snapshot ->> 'signedDocumentId')::uuid from agreement_versions v
      where v.snapshot ->> 'signedDocumentId' is not null and v.agreement_id in (${placedIds("agreements", viewer)})`,
  },
  reports: {
    table: "reports",
    facilitySeesOffice: false,
    national: null,
    // A partner's view is cut to its residents and agreements: the reports of the facilities and offices
    // its agreements concern, and the national one.
    partner: (viewer) => sql`select r.id from reports r where r.scope_kind = 'national'
      or r.facility_id in (${facilitiesOf(viewer)})
      or r.regional_office_id in (${visibleIds("regional_office", viewer)})`,
  },
  alerts: { table: "alerts", facilitySeesOffice: false, national: null, partner: () => NONE },
};

/** SQL: the ids of a placed kind's rows the viewer sees, or undefined when it sees them all. */
function placedIds(kind: PlacedKind, viewer: Scope): Ids | undefined {
  const p = PLACED[kind];
  const t = sql.table(p.table);
  const national = p.national === null ? sql`` : sql` union ${p.national}`;
  switch (viewer.kind) {
    case "national":
      return undefined;
    // A union rather than `or`: each branch reads its own index, and the planner sees how few rows a
    // facility has (with `or` it scanned every agreement and guessed half of them: 180 ms a page).
    case "regional":
      return sql`select t.id from ${t} t where t.regional_office_id = ${viewer.regionalOfficeId}
        union select t.id from ${t} t where t.facility_id in (${facilitiesOf(viewer)})${national}`;
    case "facility": {
      const office = p.facilitySeesOffice
        ? sql` union select t.id from ${t} t where t.regional_office_id in (${officeOf(viewer)})`
        : sql``;
      return sql`select t.id from ${t} t where t.facility_id = ${viewer.facilityId}${office}${national}`;
    }
    case "partner":
      return p.partner(viewer);
    default:
      return assertNever(viewer);
  }
}

/** SQL: cohorts a viewer may read; a partner reads those of the programs it (or an agency below it) teaches. */
function cohorts(viewer: Scope): Ids | undefined {
  if (viewer.kind !== "partner") return onFacilities("cohorts", "facility_id", viewer);
  return sql`select c.id from cohorts c join programs p on p.id = c.program_id
    where p.provider_partner_id in (${partnerFamily(viewer.partnerId)})`;
}

/** SQL: users or API keys whose own scope lies inside the viewer's (whom it may manage). */
function principals(table: "users" | "api_keys", viewer: Scope): Ids | undefined {
  const t = sql.table(table);
  switch (viewer.kind) {
    case "national":
      return undefined;
    case "regional":
      return sql`select t.id from ${t} t where (t.scope_kind = 'regional' and t.scope_id = ${viewer.regionalOfficeId})
        or (t.scope_kind = 'facility' and t.scope_id in (${facilitiesOf(viewer)}))`;
    case "facility":
      return sql`select t.id from ${t} t where t.scope_kind = 'facility' and t.scope_id = ${viewer.facilityId}`;
    case "partner":
      return sql`select t.id from ${t} t where t.scope_kind = 'partner' and t.scope_id = ${viewer.partnerId}`;
    default:
      return assertNever(viewer);
  }
}

/**
 * SQL: the ids of the records of `kind` the viewer may read, or undefined when it reads them all. The
 * one answer to "what may this principal see": lists filter on it, reads by id and references check it.
 */
export function visibleIds(kind: VisibleKind, viewer: Scope): Ids | undefined {
  switch (kind) {
    case "facility":
      return facilitiesOf(viewer);
    case "regional_office":
      if (viewer.kind !== "partner") return officeOf(viewer);
      return sql`select a.regional_office_id as id from agreements a where a.id in (${placedIds("agreements", viewer)})
        and a.regional_office_id is not null
        union select f.regional_office_id from facilities f where f.id in (${facilitiesOf(viewer)})`;
    case "population_snapshot":
      return onFacilities("population_snapshots", "facility_id", viewer);
    case "licence":
      return onFacilities("facility_licences", "facility_id", viewer);
    case "partner":
      // The registers are shared: anyone may read and cite a partner; a partner's key sees its own family.
      return viewer.kind === "partner" ? partnerFamily(viewer.partnerId) : undefined;
    case "program":
      return undefined;
    case "agreement":
      return placedIds("agreements", viewer);
    case "action_item": {
      const seen = placedIds("agreements", viewer);
      return seen && sql`select i.id from action_items i where i.agreement_id in (${seen})`;
    }
    case "engagement":
      if (viewer.kind !== "partner") return onFacilities("engagements", "facility_id", viewer);
      return sql`select ep.engagement_id as id from engagement_partners ep
        where ep.partner_id in (${partnerFamily(viewer.partnerId)})`;
    case "follow_up": {
      const seen = visibleIds("engagement", viewer);
      return seen && sql`select u.id from follow_ups u where u.engagement_id in (${seen})`;
    }
    case "cohort":
      return cohorts(viewer);
    case "enrollment": {
      if (viewer.kind !== "partner") return onFacilities("enrollments", "facility_id", viewer);
      const seen = cohorts(viewer);
      return seen && sql`select e.id from enrollments e where e.cohort_id in (${seen})`;
    }
    case "certificate": {
      const seen = cohorts(viewer);
      if (seen === undefined) return undefined;
      const issued =
        viewer.kind === "partner"
          ? sql`x.issuer_partner_id in (${partnerFamily(viewer.partnerId)}) or`
          : sql``;
      return sql`select x.id from certificates x join enrollments e on e.id = x.enrollment_id
        where ${issued} e.cohort_id in (${seen})`;
    }
    case "document":
      return placedIds("documents", viewer);
    case "inmate":
      // A partner reads inmates only through an agreement's record grant, never through its scope.
      return viewer.kind === "partner" ? NONE : onFacilities("inmates", "facility_id", viewer);
    case "user":
      return principals("users", viewer);
    case "api_key":
      return principals("api_keys", viewer);
    case "report":
      return placedIds("reports", viewer);
    case "alert":
      return placedIds("alerts", viewer);
    default:
      return assertNever(kind);
  }
}

/**
 * SQL: the ids of the records of `kind` the viewer may change, or undefined for all. Only the registers
 * and agreements differ from what it reads: a facility reads its Kanwil's MoUs but edits its own
 * agreements, and partners and programs are edited only in their owner's register.
 */
export function editableIds(kind: VisibleKind, viewer: Scope): Ids | undefined {
  if (kind === "agreement") return placedIds("heldAgreements", viewer);
  if (kind === "partner" || kind === "program") {
    if (viewer.kind === "national") return undefined;
    const office = officeOf(viewer);
    if (office === undefined) return NONE;
    return sql`select t.id from ${sql.table(TABLE_OF[kind])} t where t.owner_regional_office_id in (${office})`;
  }
  return visibleIds(kind, viewer);
}
