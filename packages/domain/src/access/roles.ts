import { assertNever } from "../shared/result.ts";

// Roles and their permissions are plain data, free of schemas: the console reads them on every page.
/** Who a principal is in the organisation. */
export const ROLES = [
  "national_admin",
  "regional_admin",
  "facility_admin",
  "facility_staff",
  "viewer",
  "partner_system",
] as const;
/** Who a principal is in the organisation. */
export type Role = (typeof ROLES)[number];

/** Named permissions; roles grant sets of them and API keys carry a subset of their role's. */
export const PERMISSIONS = [
  "organisation:read",
  "organisation:write",
  "engagements:read",
  "engagements:write",
  "agreements:read",
  "agreements:write",
  "agreements:sign",
  "agreements:terminate",
  "training:read",
  "training:write",
  "inmates:read",
  "inmates:write",
  "inmates:personal-data",
  "inmates:export",
  "certificates:read",
  "statistics:read",
  "reports:read",
  "reports:regenerate",
  "alerts:read",
  "certificates:issue",
  "certificates:revoke",
  "audit:read",
  "users:manage",
  "api-keys:manage",
] as const;
/** A named permission. */
export type Permission = (typeof PERMISSIONS)[number];

const READ: readonly Permission[] = [
  "organisation:read",
  "engagements:read",
  "agreements:read",
  "training:read",
  "inmates:read",
  "certificates:read",
  "statistics:read",
  "reports:read",
  "alerts:read",
];
const ADMIN: readonly Permission[] = [
  ...READ,
  "organisation:write",
  "engagements:write",
  "agreements:write",
  "agreements:sign",
  "agreements:terminate",
  "training:write",
  "inmates:write",
  "inmates:personal-data",
  "inmates:export",
  "certificates:issue",
  "certificates:revoke",
  "reports:regenerate",
  "audit:read",
  "users:manage",
  "api-keys:manage",
];

/** What each role may do (within its scope). */
export function rolePermissions(role: Role): ReadonlySet<Permission> {
  switch (role) {
    case "national_admin":
    case "regional_admin":
    case "facility_admin":
      return new Set(ADMIN);
    case "facility_staff":
      // Training and inmates of one facility; agreements are the admins' business.
      return new Set<Permission>([
        "organisation:read",
        "engagements:read",
        "training:read",
        "training:write",
        "inmates:read",
        "inmates:write",
        "inmates:personal-data",
        "certificates:read",
        "certificates:issue",
        "statistics:read",
      ]);
    case "viewer":
      return new Set(READ);
    case "partner_system":
      // Inmate records only where an agreement in force grants them (see recordAccess); counts always.
      return new Set<Permission>([
        "organisation:read",
        "agreements:read",
        "training:read",
        "certificates:read",
        "statistics:read",
        "reports:read",
        "inmates:read",
        "inmates:personal-data",
      ]);
    default:
      return assertNever(role);
  }
}
