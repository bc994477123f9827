/**
 * What the raw route of the API load bench runs for each scenario, and how it shapes the rows into the
 * API's JSON. The statements are the API's own: the raw process calls the same @sinergi/db repository
 * functions the API's route calls, in the same order and with the same arguments, once, through a Kysely
 * that records each compiled statement (see api-load-raw.ts); per request it replays them over `pg`.
 */
import {
  appendAudit,
  type CursorCodec,
  cursorCodec,
  type Executor,
  findAgreement,
  findCohort,
  findEnrollment,
  findInmate,
  isVisible,
  listAgreements,
  listEnrollments,
  listInmates,
  plannedSessionsOf,
  toAgreement,
  toInmate,
  withCursorCodec,
} from "@sinergi/db";
import {
  type AgreementState,
  type Assessment,
  agreementStatus,
  currentRenewalAlert,
  type EnrollmentState,
  type Principal,
  seesPersonalData,
} from "@sinergi/domain";
import { presentEnrollment } from "../apps/api/src/resources/enrollments/shared.ts";
import { presentInmate } from "../apps/api/src/resources/inmates/present.ts";

/** The three resources measured. */
export type Resource = "agreements" | "inmates" | "enrollments";

/** One request the bench times: a GET by id or a 50-row list page (page 1 or a deep page by cursor). */
export interface ScenarioSpec {
  readonly name: string;
  readonly resource: Resource;
  readonly shape: "get" | "list";
  /** 1 for a GET by id or the first page; else the page number reached by following cursors. */
  readonly page: number;
  /** Who asks: the facility admin's session cookie or the API key. */
  readonly principal: "session" | "key";
  /** Path and query string, the same on both servers. */
  readonly path: string;
  readonly id?: string;
  readonly cursor?: string;
}

/** A row as the CamelCasePlugin gives it to the repositories. */
export type Row = Record<string, unknown>;

/** What a scenario needs at capture time. */
export interface CaptureContext {
  readonly principal: Principal;
  readonly now: string;
  readonly secret: string;
}

/** A prepared scenario: its shaping of the replayed statements' rows into the response body. */
export interface Prepared {
  /** The response body, or a status code (404) when the statements found nothing visible. */
  shape(rows: Row[][], now: string): unknown;
}

/** Rows per list page, as the API's default and as the scenarios ask. */
export const LIMIT = 50;

// One formatter per zone: the raw route's version of `dateInZone`, the same YYYY-MM-DD.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateInZone(instant: string, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f.format(new Date(instant));
}

type AgreementView = ReturnType<typeof toAgreement>;

// The API's presentAgreement, key for key, with a cached formatter.
function presentAgreement(view: AgreementView, now: string) {
  const { successorState, ...rest } = view;
  const today = dateInZone(now, view.timeZone);
  const successor = successorState === null ? null : { state: successorState as AgreementState };
  return {
    ...rest,
    status: agreementStatus(view, today, successor),
    statusDate: today,
    renewalAlert: currentRenewalAlert(view, today, successor),
  };
}

function toAssessment(value: unknown): Assessment | null {
  if (value === null || typeof value !== "object") return null;
  const a = value as Assessment;
  return { ...a, units: a.units ?? [] };
}

/** The enrollments repository's row mapping, with attendance grouped by enrollment. */
function enrollmentRecords(rows: Row[], marks: Row[]) {
  const byEnrollment = new Map<string, { sessionDate: string; present: boolean }[]>();
  for (const m of marks) {
    const id = m.enrollmentId as string;
    let list = byEnrollment.get(id);
    if (!list) {
      list = [];
      byEnrollment.set(id, list);
    }
    list.push({ sessionDate: m.sessionDate as string, present: m.present as boolean });
  }
  return rows.map((row) => ({
    id: row.id as string,
    cohortId: row.cohortId as string,
    inmateId: row.inmateId as string,
    state: row.state as EnrollmentState,
    attendance: byEnrollment.get(row.id as string) ?? [],
    assessment: toAssessment(row.assessment),
    endReason: row.endReason as string | null,
    enrolledAt: row.enrolledAt as string,
    revision: row.revision as number,
    createdAt: row.createdAt as string,
    updatedAt: row.updatedAt as string,
  }));
}

/** paginate()'s page: LIMIT rows, and the signed cursor of the last when there is one more. */
function page(
  rows: Row[],
  codec: CursorCodec,
  context: string | undefined,
): { items: Row[]; next: string | null } {
  const items = rows.length > LIMIT ? rows.slice(0, LIMIT) : rows;
  const last = rows[LIMIT - 1];
  const next =
    rows.length > LIMIT && last && context !== undefined
      ? codec.seal(context, [last.sinergiCursorValue as string, last.sinergiCursorId as string])
      : null;
  return { items, next };
}

/**
 * Calls the repository functions the API's route calls for `spec` (the recorder keeps their statements)
 * and returns how to shape the replayed rows. The cursor context is the one paginate() signs with.
 */
export async function prepare(db: Executor, spec: ScenarioSpec, ctx: CaptureContext): Promise<Prepared> {
  const viewer = ctx.principal.scope;
  const real = cursorCodec(ctx.secret);
  let context: string | undefined;
  const spy: CursorCodec = {
    seal: (c, position) => {
      context = c;
      return real.seal(c, position);
    },
    open: (c, cursor) => {
      context = c;
      return real.open(c, cursor);
    },
  };
  const listed = <T>(run: () => Promise<T>) => withCursorCodec(spy, run);
  const cursor = spec.cursor;
  const id = spec.id ?? "";

  if (spec.resource === "agreements" && spec.shape === "get") {
    await findAgreement(db, id, { viewer });
    return {
      shape: ([found = []], now) => {
        const row = found[0];
        return row ? presentAgreement(toAgreement(row as never), now) : 404;
      },
    };
  }
  if (spec.resource === "agreements") {
    await listed(() =>
      listAgreements(
        db,
        { sort: { field: "endDate", direction: "asc" }, limit: LIMIT, cursor, viewer },
        ctx.now,
      ),
    );
    return {
      shape: ([rows = []], now) => {
        const p = page(rows, real, context);
        return {
          items: p.items.map((r) => presentAgreement(toAgreement(r as never), now)),
          nextCursor: p.next,
        };
      },
    };
  }
  if (spec.resource === "inmates" && spec.shape === "get") {
    // The API's read: the inmate, whether the caller's scope holds it, and the audit of a full read.
    const full = seesPersonalData(ctx.principal);
    await findInmate(db, id);
    await isVisible(db, "inmate", viewer, id);
    if (full)
      await appendAudit(db, {
        at: ctx.now,
        actorId: ctx.principal.id,
        actorKind: ctx.principal.kind,
        requestId: null,
        actorScope: viewer,
        action: "read-personal-data",
        resourceType: "inmate",
        resourceId: id,
        before: null,
        after: null,
      });
    return {
      shape: ([found = [], visible = []]) => {
        const row = found[0];
        return row && visible.length > 0 ? presentInmate(toInmate(row as never), full) : 404;
      },
    };
  }
  if (spec.resource === "inmates") {
    await listed(() =>
      listInmates(db, { sort: { field: "name", direction: "asc" }, limit: LIMIT, cursor, viewer }),
    );
    return {
      shape: ([rows = []]) => {
        const p = page(rows, real, context);
        return { items: p.items.map((r) => presentInmate(toInmate(r as never), false)), nextCursor: p.next };
      },
    };
  }
  if (spec.shape === "get") {
    const found = await findEnrollment(db, id, { viewer });
    if (found) await findCohort(db, found.cohortId);
    return {
      shape: ([rows = [], marks = [], cohort = []]) => {
        const [record] = enrollmentRecords(rows, marks);
        const planned = cohort[0]?.plannedSessions as number | null | undefined;
        return record && cohort[0] ? presentEnrollment(record, planned ?? null) : 404;
      },
    };
  }
  const listedPage = await listed(() => listEnrollments(db, { limit: LIMIT, cursor, viewer }));
  await plannedSessionsOf(
    db,
    listedPage.items.map((e) => e.cohortId),
  );
  return {
    shape: ([rows = [], marks = [], cohorts = []]) => {
      const p = page(rows, real, context);
      const planned = new Map(cohorts.map((c) => [c.id as string, c.plannedSessions as number | null]));
      return {
        items: enrollmentRecords(p.items, marks).map((e) =>
          presentEnrollment(e, planned.get(e.cohortId) ?? null),
        ),
        nextCursor: p.next,
      };
    },
  };
}
