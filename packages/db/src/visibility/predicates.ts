import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Executor } from "../connection.ts";
import { editableIds, TABLE_OF, type VisibleKind, visibleIds } from "./kinds.ts";
import { facilitiesOf, type Viewer } from "./viewer.ts";

/**
 * SQL condition keeping rows whose id (`column`) the viewer may see; undefined when it sees them all.
 * Add it to a list's query, a filter's subquery or a read by id alike.
 */
export function seenBy(kind: VisibleKind, viewer: Viewer, column: string): RawBuilder<SqlBool> | undefined {
  const own = seenByOwnColumns(kind, viewer, column);
  if (own) return own;
  const ids = viewer === undefined ? undefined : visibleIds(kind, viewer);
  return ids && sql<SqlBool>`${sql.ref(column)} in (${ids})`;
}

/**
 * The same condition on the row's own facility column, for a staff viewer filtering the kind's
 * own table by its id: `inmates.id in (select t.id from inmates t where t.facility_id ...)` hides the
 * facility from the planner, which then walks a whole sort index for a facility's page (210 ms at
 * national scale against 4 ms on the facility's own index).
 */
function seenByOwnColumns(
  kind: VisibleKind,
  viewer: Viewer,
  column: string,
): RawBuilder<SqlBool> | undefined {
  if (viewer === undefined || viewer.kind === "national" || viewer.kind === "partner") return undefined;
  const table = TABLE_OF[kind];
  if (column !== `${table}.id`) return undefined;
  const facilities = facilitiesOf(viewer);
  if (facilities === undefined) return undefined;
  // An enrollment carries its cohort's facility (kept equal by a foreign key), indexed with its list order.
  if (kind === "inmate" || kind === "cohort" || kind === "enrollment")
    return sql<SqlBool>`${sql.ref(`${table}.facility_id`)} in (${facilities})`;
  return undefined;
}

/** SQL condition keeping rows whose id the viewer may change; undefined when it may change them all. */
export function changeableBy(
  kind: VisibleKind,
  viewer: Viewer,
  column: string,
): RawBuilder<SqlBool> | undefined {
  const ids = viewer === undefined ? undefined : editableIds(kind, viewer);
  return ids && sql<SqlBool>`${sql.ref(column)} in (${ids})`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when the record exists and the viewer may see it. One it may not see answers exactly like a
 * missing one, so a reference to it (in a body or a filter) is refused the same way.
 */
export async function isVisible(
  db: Executor,
  kind: VisibleKind,
  viewer: Viewer,
  id: string,
): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const seen = seenBy(kind, viewer, "t.id") ?? sql<SqlBool>`true`;
  const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(TABLE_OF[kind])} t
    where t.id = ${id} and ${seen}`.execute(db);
  return rows.length > 0;
}

/** True when the record exists and the viewer may change it (it may still see one it cannot change). */
export async function isChangeable(
  db: Executor,
  kind: VisibleKind,
  viewer: Viewer,
  id: string,
): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const ok = changeableBy(kind, viewer, "t.id") ?? sql<SqlBool>`true`;
  const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(TABLE_OF[kind])} t
    where t.id = ${id} and ${ok}`.execute(db);
  return rows.length > 0;
}

/** The ids among `ids` that exist and the viewer may see (for references named in a body). */
export async function visibleAmong(
  db: Executor,
  kind: VisibleKind,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Set<string>> {
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return new Set();
  const seen = seenBy(kind, viewer, "t.id") ?? sql<SqlBool>`true`;
  const { rows } = await sql<{ id: string }>`select t.id::text as id from ${sql.table(TABLE_OF[kind])} t
    where t.id in (${sql.join(valid.map((id) => sql`${id}::uuid`))}) and ${seen}`.execute(db);
  return new Set(rows.map((r) => r.id));
}
