import * as v from "valibot";
import { type HistoryEntry, historyEntry, type MoveContext } from "../shared/history.ts";
import { assertNever, type DomainError, domainError, err, ok, type Result } from "../shared/result.ts";
import {
  described,
  describedPicklist,
  IdSchema,
  IsoDateSchema,
  IsoInstantSchema,
  RECORD_FIELDS,
  RevisionSchema,
  textSchema,
} from "../shared/schemas.ts";
import type { LicenceErrorCode } from "./errors.ts";

/** Kinds of licence a facility holds (Salatiga: hygiene-sanitation certificate, primary clinic licence). */
export const LICENCE_TYPES = [
  "hygiene_sanitation",
  "primary_clinic",
  "clinic",
  "pharmacy",
  "fire_safety",
  "building",
  "other",
] as const;
/** Licence type. */
export type LicenceType = (typeof LICENCE_TYPES)[number];

/** Stored licence states. */
export const LICENCE_STATES = ["applied", "granted", "expired", "revoked"] as const;
/** Stored licence state. */
export type LicenceState = (typeof LICENCE_STATES)[number];

/** A facility's licence. */
export interface FacilityLicence {
  readonly id: string;
  readonly facilityId: string;
  readonly type: LicenceType;
  readonly number: string | null;
  readonly issuer: string;
  readonly status: LicenceState;
  readonly appliedOn: string | null;
  readonly grantedOn: string | null;
  readonly expiresOn: string | null;
  readonly revokedReason: string | null;
  readonly notes: string | null;
  /** The licence's scan: a stored document (uploaded to /documents), or null. */
  readonly documentId: string | null;
}

/** A licence rule violation. */
export type LicenceError = DomainError<LicenceErrorCode>;
/** A licence move's outcome. */
export type LicenceMoveResult = Result<
  { entity: FacilityLicence; history: HistoryEntry<LicenceState> },
  LicenceError
>;

/** Licence moves. */
export type LicenceMove = "grant" | "revoke" | "expire";

const from: Record<LicenceMove, readonly LicenceState[]> = {
  grant: ["applied"],
  revoke: ["applied", "granted"],
  expire: ["granted"],
};

function illegal(l: FacilityLicence, move: LicenceMove): LicenceError {
  return domainError("licence/illegal-transition", `cannot ${move} a ${l.status} licence`, {
    detail: { from: l.status, move },
  });
}

/** applied -> granted, with the licence number and dates. */
export function grantLicence(
  l: FacilityLicence,
  cmd: { number: string; grantedOn: string; expiresOn: string | null },
  ctx: MoveContext,
): LicenceMoveResult {
  if (!from.grant.includes(l.status)) return err(illegal(l, "grant"));
  if (cmd.expiresOn !== null && cmd.expiresOn <= cmd.grantedOn)
    return err(
      domainError("licence/invalid-dates", "the expiry must come after the grant", { field: "expiresOn" }),
    );
  const entity: FacilityLicence = { ...l, ...cmd, status: "granted" };
  return ok({ entity, history: historyEntry(ctx, l.status, "granted") });
}

/** applied|granted -> revoked, with a reason (an application refused, or a licence withdrawn). */
export function revokeLicence(l: FacilityLicence, reason: string, ctx: MoveContext): LicenceMoveResult {
  if (!from.revoke.includes(l.status)) return err(illegal(l, "revoke"));
  const entity: FacilityLicence = { ...l, status: "revoked", revokedReason: reason };
  return ok({ entity, history: historyEntry({ ...ctx, reason }, l.status, "revoked") });
}

/** granted -> expired, recorded once the expiry date has passed in the facility's zone. */
export function expireLicence(l: FacilityLicence, today: string, ctx: MoveContext): LicenceMoveResult {
  if (!from.expire.includes(l.status)) return err(illegal(l, "expire"));
  if (l.expiresOn === null || today <= l.expiresOn)
    return err(
      domainError("licence/not-yet-expired", "the licence is still within its validity", {
        detail: { expiresOn: l.expiresOn },
      }),
    );
  return ok({ entity: { ...l, status: "expired" }, history: historyEntry(ctx, l.status, "expired") });
}

/** Applies a named move. */
export function moveLicence(
  l: FacilityLicence,
  move: LicenceMove,
  input: { number?: string; grantedOn?: string; expiresOn?: string | null; reason?: string; today?: string },
  ctx: MoveContext,
): LicenceMoveResult {
  switch (move) {
    case "grant":
      return grantLicence(
        l,
        { number: input.number ?? "", grantedOn: input.grantedOn ?? "", expiresOn: input.expiresOn ?? null },
        ctx,
      );
    case "revoke":
      return revokeLicence(l, input.reason ?? "", ctx);
    case "expire":
      return expireLicence(l, input.today ?? "", ctx);
    default:
      return assertNever(move);
  }
}

/** The status as of a day: a granted licence past its expiry reads as expired before anyone records it. */
export function licenceStatusOn(
  l: Pick<FacilityLicence, "status" | "expiresOn">,
  today: string,
): LicenceState {
  if (l.status === "granted" && l.expiresOn !== null && today > l.expiresOn) return "expired";
  return l.status;
}

const STATE_DESCRIPTIONS = {
  applied: "Applied for, not yet granted.",
  granted: "Granted and in force until its expiry date, if any.",
  expired: "Past its expiry date.",
  revoked: "Revoked (or the application withdrawn), with a reason.",
} as const;

/** A licence type as the API accepts and returns it. */
export const LicenceTypeSchema = describedPicklist(
  LICENCE_TYPES,
  {
    hygiene_sanitation: "Hygiene-sanitation certificate (SLHS) of the kitchen.",
    primary_clinic: "Primary clinic licence (klinik pratama).",
    clinic: "Another clinic licence.",
    pharmacy: "Pharmacy licence.",
    fire_safety: "Fire safety certificate.",
    building: "Building approval (PBG, SLF).",
    other: "Any other licence.",
  },
  "must be a known licence type",
);

/** A stored licence state as the API returns it. */
export const LicenceStateSchema = describedPicklist(
  LICENCE_STATES,
  STATE_DESCRIPTIONS,
  "must be applied, granted, expired or revoked",
);

const FIELDS = {
  ...RECORD_FIELDS,
  facilityId: "The facility holding the licence.",
  type: "What the licence is for.",
  issuer: "Who issues it, e.g. Dinas Kesehatan Kota Salatiga.",
  number: "The licence's number as issued; null until granted.",
  status: "Its stored state.",
  statusToday:
    "Its state today in the facility's time zone: a granted licence past its expiry reads expired.",
  appliedOn: "When it was applied for, if known.",
  grantedOn: "When it was granted; null until then.",
  expiresOn: "When it expires; null for one that does not.",
  revokedReason: "Why it was revoked; null unless revoked.",
  notes: "Free notes.",
  documentId:
    "The licence's scan: a stored document uploaded to /documents that the caller can see; null for none.",
  reason: "Why it is revoked (or the application withdrawn).",
} as const;

/** Command: record a licence (usually as applied; an existing licence may be entered as granted). */
export const CreateLicenceSchema = v.strictObject(
  described(
    {
      type: LicenceTypeSchema,
      issuer: textSchema(200),
      number: v.optional(v.nullable(textSchema(100)), null),
      status: v.optional(
        describedPicklist(
          ["applied", "granted"],
          {
            applied: STATE_DESCRIPTIONS.applied,
            granted: "Already granted: give its number and grant date.",
          },
          "must be applied or granted",
        ),
        "applied",
      ),
      appliedOn: v.optional(v.nullable(IsoDateSchema), null),
      grantedOn: v.optional(v.nullable(IsoDateSchema), null),
      expiresOn: v.optional(v.nullable(IsoDateSchema), null),
      notes: v.optional(v.nullable(textSchema(2000)), null),
      documentId: v.optional(v.nullable(IdSchema), null),
    },
    FIELDS,
  ),
);
/** Command: record a licence. */
export type CreateLicence = v.InferOutput<typeof CreateLicenceSchema>;

/** Checks a new licence's facts (a granted one needs a number and a grant date; expiry after grant). */
export function checkNewLicence(c: CreateLicence): Result<CreateLicence, LicenceError> {
  if (c.status === "granted" && (c.number === null || c.grantedOn === null))
    return err(
      domainError("licence/invalid-dates", "a granted licence needs its number and grant date", {
        field: c.number === null ? "number" : "grantedOn",
      }),
    );
  if (c.expiresOn !== null && c.grantedOn !== null && c.expiresOn <= c.grantedOn)
    return err(
      domainError("licence/invalid-dates", "the expiry must come after the grant", { field: "expiresOn" }),
    );
  return ok(c);
}

/** Command: change a licence's descriptive fields. */
export const UpdateLicenceSchema = v.partial(
  v.strictObject(
    described(
      {
        issuer: textSchema(200),
        notes: v.nullable(textSchema(2000)),
        appliedOn: v.nullable(IsoDateSchema),
        documentId: v.nullable(IdSchema),
      },
      FIELDS,
    ),
  ),
);
/** Command: change a licence's descriptive fields. */
export type UpdateLicence = v.InferOutput<typeof UpdateLicenceSchema>;

/** Body of the grant move. */
export const GrantLicenceSchema = v.strictObject(
  described(
    {
      number: textSchema(100),
      grantedOn: IsoDateSchema,
      expiresOn: v.optional(v.nullable(IsoDateSchema), null),
    },
    FIELDS,
  ),
);
/** Body of the grant move. */
export type GrantLicence = v.InferOutput<typeof GrantLicenceSchema>;
/** Body of the revoke move. */
export const RevokeLicenceSchema = v.strictObject(described({ reason: textSchema(1000) }, FIELDS));
/** Body of the expire move: nothing, the date comes from the clock in the facility's zone. */
export const ExpireLicenceSchema = v.strictObject({});

/** A licence as the API returns it. */
export const LicenceSchema = v.object(
  described(
    {
      id: IdSchema,
      facilityId: IdSchema,
      type: LicenceTypeSchema,
      number: v.nullable(v.string()),
      issuer: v.string(),
      status: LicenceStateSchema,
      statusToday: LicenceStateSchema,
      appliedOn: v.nullable(IsoDateSchema),
      grantedOn: v.nullable(IsoDateSchema),
      expiresOn: v.nullable(IsoDateSchema),
      revokedReason: v.nullable(v.string()),
      notes: v.nullable(v.string()),
      documentId: v.nullable(IdSchema),
      revision: RevisionSchema,
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    },
    FIELDS,
  ),
);
