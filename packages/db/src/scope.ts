import type { Scope } from "@sinergi/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";

/**
 * SQL condition keeping rows whose facility (the given column) lies inside a scope: all for national,
 * the office's facilities for regional, one facility, or for a partner the facilities it has an
 * agreement with. Undefined means no caller restriction (internal use).
 */
export function facilityInScope(column: string, scope: Scope | undefined): RawBuilder<SqlBool> | undefined {
  const col = sql.ref(column);
  switch (scope?.kind) {
    case undefined:
    case "national":
      return undefined;
    case "regional":
      return sql<SqlBool>`${col} in (select f.id from facilities f where f.regional_office_id = ${scope.regionalOfficeId})`;
    case "facility":
      return sql<SqlBool>`${col} = ${scope.facilityId}`;
    case "partner":
      return sql<SqlBool>`${col} in (select a.facility_id from agreements a
        join agreement_partners ap on ap.agreement_id = a.id
        where ap.partner_id = ${scope.partnerId} and a.facility_id is not null)`;
  }
}

/**
 * SQL condition keeping principals (users, API keys: `scope_kind`/`scope_id` columns of `table`) whose
 * scope lies inside `outer`, the same rule as the API's `scopeWithin`. Undefined for a national scope.
 */
export function principalScopeWithin(
  table: string,
  outer: Scope | undefined,
): RawBuilder<SqlBool> | undefined {
  const kind = sql.ref(`${table}.scope_kind`);
  const id = sql.ref(`${table}.scope_id`);
  switch (outer?.kind) {
    case undefined:
    case "national":
      return undefined;
    case "regional":
      return sql<SqlBool>`((${kind} = 'regional' and ${id} = ${outer.regionalOfficeId})
        or (${kind} = 'facility' and ${id} in
          (select f.id from facilities f where f.regional_office_id = ${outer.regionalOfficeId})))`;
    case "facility":
      return sql<SqlBool>`(${kind} = 'facility' and ${id} = ${outer.facilityId})`;
    case "partner":
      return sql<SqlBool>`(${kind} = 'partner' and ${id} = ${outer.partnerId})`;
  }
}
