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
