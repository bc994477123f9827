import * as v from "valibot";
import type { RecordAccess } from "../agreement/record-access.ts";
import { assertNever } from "../shared/result.ts";
import { described, describedPicklist, IdSchema } from "../shared/schemas.ts";
import { PERMISSIONS, type Permission, ROLES, type Role, rolePermissions } from "./roles.ts";

export * from "./roles.ts";

/** Where a principal may act: the whole country, one regional office, one facility, or one partner. */
export type Scope =
  | { readonly kind: "national" }
  | { readonly kind: "regional"; readonly regionalOfficeId: string }
  | { readonly kind: "facility"; readonly facilityId: string }
  | { readonly kind: "partner"; readonly partnerId: string };

/** The scope kind each role must have. */
export function scopeKindFor(role: Role): Scope["kind"] | "any" {
  switch (role) {
    case "national_admin":
      return "national";
    case "regional_admin":
      return "regional";
    case "facility_admin":
    case "facility_staff":
      return "facility";
    case "partner_system":
      return "partner";
    case "viewer":
      return "any";
    default:
      return assertNever(role);
  }
}

/** True when the role and scope fit together (a facility admin needs a facility scope, …). */
export function roleFitsScope(role: Role, scope: Scope): boolean {
  const kind = scopeKindFor(role);
  return kind === "any" ? scope.kind !== "partner" : kind === scope.kind;
}

/** Someone or something acting on the API. */
export interface Principal {
  readonly id: string;
  readonly kind: "user" | "api_key";
  readonly role: Role;
  readonly scope: Scope;
  /** For API keys: the named permissions granted (a subset of the role's). */
  readonly permissions?: readonly Permission[];
}

/** True when the principal holds the permission (its role grants it and, for a key, the key names it). */
export function can(principal: Principal, permission: Permission): boolean {
  if (!rolePermissions(principal.role).has(permission)) return false;
  return principal.permissions === undefined || principal.permissions.includes(permission);
}

/** Where a resource sits: its facility and regional office, and the partners it concerns. */
export interface ResourcePlace {
  readonly facilityIds: readonly string[];
  readonly regionalOfficeIds: readonly string[];
  readonly partnerIds: readonly string[];
}

/** True when the resource is inside the principal's scope. Outside means "not found" to the caller. */
export function inScope(scope: Scope, place: ResourcePlace): boolean {
  switch (scope.kind) {
    case "national":
      return true;
    case "regional":
      return place.regionalOfficeIds.includes(scope.regionalOfficeId);
    case "facility":
      return place.facilityIds.includes(scope.facilityId);
    case "partner":
      return place.partnerIds.includes(scope.partnerId);
    default:
      return assertNever(scope);
  }
}

/**
 * Whether responses to this principal may show NIK and birth date unmasked. A partner system sees
 * them only through an in-force grant that says so (`grant`), whatever its key names.
 */
export function seesPersonalData(principal: Principal, grant?: RecordAccess | null): boolean {
  if (!can(principal, "inmates:personal-data")) return false;
  return principal.scope.kind !== "partner" || grant?.personalData === true;
}

/** A scope as the API accepts it. */
export const ScopeSchema = v.variant("kind", [
  v.strictObject(described({ kind: v.literal("national") }, { kind: "The whole country." })),
  v.strictObject(
    described(
      { kind: v.literal("regional"), regionalOfficeId: IdSchema },
      {
        kind: "One regional office (Kanwil) and the facilities under it.",
        regionalOfficeId: "The regional office.",
      },
    ),
  ),
  v.strictObject(
    described(
      { kind: v.literal("facility"), facilityId: IdSchema },
      { kind: "One facility (Rutan, Lapas, LPKA).", facilityId: "The facility." },
    ),
  ),
  v.strictObject(
    described(
      { kind: v.literal("partner"), partnerId: IdSchema },
      {
        kind: "What concerns one partner and its child agencies (an external system's key).",
        partnerId: "The partner.",
      },
    ),
  ),
]);

/** A role as the API accepts it. */
export const RoleSchema = describedPicklist(
  ROLES,
  {
    national_admin: "Everything, nationwide (the directorate).",
    regional_admin: "Administers one regional office and the facilities under it.",
    facility_admin: "Administers one facility: agreements, engagements, training, inmates, users.",
    facility_staff: "Training and inmates of one facility; not agreements.",
    viewer: "Reads within a scope, changes nothing.",
    partner_system: "An external system of a partner: what concerns that partner (API keys only).",
  },
  "must be a known role",
);

/** A permission as the API accepts it. */
export const PermissionSchema = describedPicklist(
  PERMISSIONS,
  {
    "organisation:read": "Read regional offices, facilities, population, licences, partners and areas.",
    "organisation:write": "Change facilities, population snapshots, licences and partners.",
    "engagements:read": "Read visits (engagements) and their follow-ups.",
    "engagements:write": "Record and change visits and follow-ups.",
    "agreements:read": "Read agreements (MoU, PKS) and their action plans.",
    "agreements:write": "Draft, edit, propose, negotiate, amend and renew agreements.",
    "agreements:sign": "Record an agreement as signed.",
    "agreements:terminate": "Terminate a signed agreement.",
    "training:read": "Read programs, cohorts and enrollments.",
    "training:write": "Plan and run programs, cohorts and enrollments.",
    "inmates:read": "Read inmates (NIK and birth date masked).",
    "inmates:write": "Register and change inmates.",
    "inmates:personal-data": "See NIK and birth date unmasked (each read is audited).",
    "inmates:export": "Export an inmate's whole record.",
    "certificates:read": "Read certificates.",
    "statistics:read": "Read aggregate statistics (small counts hidden).",
    "reports:read":
      "Read monthly reports in any format (a partner system: its residents and agreements only, small counts hidden).",
    "reports:regenerate": "Make a new revision of a report in one's scope (the old one stays).",
    "alerts:read": "Read the alerts of one's scope and mark them as read.",
    "certificates:issue": "Issue certificates for completed, competent enrollments.",
    "certificates:revoke": "Revoke certificates.",
    "audit:read": "Read the audit log.",
    "users:manage": "Create and manage user accounts within one's scope.",
    "api-keys:manage": "Create and revoke API keys within one's scope.",
  },
  "must be a known permission",
);
