/**
 * What the raw route of the API load bench runs for each scenario, and how it shapes the rows into the
 * API's JSON. The statements are the API's own: the raw process calls the same @sinergi/db repository
 * functions the API's route calls, in the same order and with the same arguments, once, through a Kysely
 * that records each compiled statement (see api-load-raw.ts); per request it replays them over `pg`.
 */
import {
  type CursorCodec,
  cursorCodec,
  type Executor,
  findAgreement,
  listAgreements,
  listEnrollments,
  listInmates,
  readEnrollment,
  readInmate,
  toAgreement,
  toInmate,
  withCursorCodec,
} from "@sinergi/db";
import { type Assessment, type EnrollmentState, type Principal, seesPersonalData } from "@sinergi/domain";
import { presentAgreement } from "../apps/api/src/resources/agreements/present.ts";
import { presentEnrollment } from "../apps/api/src/resources/enrollments/shared.ts";
import { presentInmate } from "../apps/api/src/resources/inmates/present.ts";

/** The three resources measured, and the health check: the API's own per-request cost without SQL. */
export type Resource = "agreements" | "inmates" | "enrollments" | "health";

/**
 * `GET /healthz`: no sign-in, no SQL, `{"status":"ok"}`. Against the raw route's bare answer it shows
 * what the API's middleware (request id, log line, security headers) costs on every request.
 */
export const HEALTH_CHECK: ScenarioSpec = {
  name: "health check (no SQL)",
  resource: "health",
  shape: "get",
  page: 1,
  principal: "session",
  path: "/healthz",
};

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

function toAssessment(value: unknown): Assessment | null {
  if (value === null || typeof value !== "object") return null;
  const a = value as Assessment;
  return { ...a, units: a.units ?? [] };
}

/** The enrollments repository's row mapping: attendance and planned sessions ride in the row. */
function enrollmentRecords(rows: Row[]) {
  return rows.map((row) => ({
    id: row.id as string,
    cohortId: row.cohortId as string,
    inmateId: row.inmateId as string,
    state: row.state as EnrollmentState,
    attendance: row.attendanceMarks as { sessionDate: string; present: boolean }[],
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
  const listed = <T>(run: (db: Executor) => Promise<T>) => run(withCursorCodec(db, spy));
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
    await listed((db) =>
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
    // The API's read: the inmate within the caller's scope, and the audit of a full read, in one statement.
    const full = seesPersonalData(ctx.principal);
    await readInmate(
      db,
      id,
      viewer,
      full
        ? {
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
          }
        : undefined,
    );
    return {
      shape: ([found = []]) => {
        const row = found[0];
        return row ? presentInmate(toInmate(row as never), full) : 404;
      },
    };
  }
  if (spec.resource === "inmates") {
    await listed((db) =>
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
    await readEnrollment(db, id, viewer);
    return {
      shape: ([rows = []]) => {
        const [record] = enrollmentRecords(rows);
        return record ? presentEnrollment(record, (rows[0]?.plannedSessions as number | null) ?? null) : 404;
      },
    };
  }
  await listed((db) => listEnrollments(db, { limit: LIMIT, cursor, viewer }));
  return {
    shape: ([rows = []]) => {
      const p = page(rows, real, context);
      return {
        items: enrollmentRecords(p.items).map((e, i) =>
          presentEnrollment(e, (p.items[i]?.plannedSessions as number | null) ?? null),
        ),
        nextCursor: p.next,
      };
    },
  };
}
