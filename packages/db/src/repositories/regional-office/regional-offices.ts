import type { CreateRegionalOffice, RegionalOffice, UpdateRegionalOffice } from "@sinergi/domain";
import type { Selectable } from "kysely";
import type { Executor } from "../../connection.ts";
import { containing } from "../../like.ts";
import { NAME_OR_CREATED, type Page, paginate, sortedPage } from "../../pagination.ts";
import { finder } from "../../record-store.ts";
import type { RegionalOfficesTable } from "../../schema/organisation.ts";
import { seenBy } from "../../visibility/predicates.ts";
import type { Viewer } from "../../visibility/viewer.ts";

/** A stored regional office: the domain entity plus revision and timestamps. */
export interface RegionalOfficeRecord extends RegionalOffice {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Row -> record. */
export const toRegionalOffice = (row: Selectable<RegionalOfficesTable>): RegionalOfficeRecord => ({
  id: row.id,
  name: row.name,
  provinceCode: row.provinceCode,
  revision: row.revision,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Filters and order for listing regional offices. */
export interface RegionalOfficeListQuery {
  readonly provinceCode?: string | undefined;
  readonly q?: string | undefined;
  /** Who is looking: only what it may see is listed (undefined: the system, which sees all). */
  readonly viewer?: Viewer;
  readonly sort: { readonly field: "name" | "createdAt"; readonly direction: "asc" | "desc" };
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Lists regional offices with keyset pagination. */
export async function listRegionalOffices(
  db: Executor,
  query: RegionalOfficeListQuery,
): Promise<Page<RegionalOfficeRecord>> {
  let qb = db.selectFrom("regionalOffices").selectAll();
  if (query.provinceCode !== undefined) qb = qb.where("provinceCode", "=", query.provinceCode);
  if (query.q !== undefined) qb = qb.where("name", "ilike", containing(query.q));
  const seen = seenBy("regional_office", query.viewer, "regional_offices.id");
  if (seen) qb = qb.where(seen);
  return paginate(qb, sortedPage(query, NAME_OR_CREATED), toRegionalOffice);
}

/** Inserts a regional office. */
export async function insertRegionalOffice(
  db: Executor,
  id: string,
  input: CreateRegionalOffice,
  at: string,
): Promise<RegionalOfficeRecord> {
  const row = await db
    .insertInto("regionalOffices")
    .values({ id, ...input, createdAt: at, updatedAt: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRegionalOffice(row);
}

/** Applies a partial update and bumps the revision. */
export async function updateRegionalOffice(
  db: Executor,
  id: string,
  patch: UpdateRegionalOffice,
  at: string,
): Promise<RegionalOfficeRecord> {
  const row = await db
    .updateTable("regionalOffices")
    .set((eb) => ({ ...patch, updatedAt: at, revision: eb("revision", "+", 1) }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRegionalOffice(row);
}

/** One regional office, optionally locked for update inside a transaction. */
export const findRegionalOffice = finder("regionalOffices", toRegionalOffice, "regional_office");
