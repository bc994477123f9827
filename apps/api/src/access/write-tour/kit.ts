import { agreement, type Body, etag, type Made, type Place, v1, type World } from "./world.ts";

/**
 * The write tour's kit: what a scenario is, and the builders and body swaps the groups of scenarios share.
 */

/** A table row a refused write must leave exactly as it was. */
export interface RowRef {
  readonly table: string;
  readonly id: string;
}

/** One write, ready to send. */
export interface Target {
  /** The concrete path. */
  readonly url: string;
  readonly body?: Record<string, unknown>;
  /** A body sent as it is (an uploaded file) instead of JSON. */
  readonly raw?: { readonly body: string; readonly contentType: string };
  /** The audited resource of a write to an existing one (a create's comes from the response). */
  readonly id?: string;
  /** The parent a nested resource is read under (an agreement, a facility). */
  readonly parent?: string;
  readonly ifMatch?: string;
  /** The row the write targets, or creates under. */
  readonly row?: RowRef;
}

/** A reference in the body, swapped for something outside Medan (and, to compare, for a missing id). */
export interface Swap {
  /** The id of something that exists outside Medan's scope. */
  readonly foreign: (w: World) => Promise<string>;
  readonly put: (body: Record<string, unknown>, id: string) => Record<string, unknown>;
}

/** How one write route is toured. */
export interface Scenario {
  /** The audit entry's resource type and action. */
  readonly type: string;
  readonly action: string;
  /** 201 creates (the entry's before is null), 204 deletes (its after is null), 200 changes. */
  readonly status: 200 | 201 | 204;
  /** Where the national admin reads the audited resource (a list is searched for the id). */
  readonly read: (id: string, target: Target) => string;
  readonly prepare: (w: World, at: Place) => Promise<Target>;
  /** Written in scope by the national admin (the route needs a national role); else by Medan's facility admin. */
  readonly national?: true;
  /** The same write to the equivalent resource of Salatiga must be refused like one to a missing id. */
  readonly foreignTarget?: true;
  /** The body names something; naming it outside Medan must be refused like naming a missing one. */
  readonly swap?: Swap;
  /**
   * A bulk write on a collection (a cohort's enrollments): no If-Match, as its items carry their own revisions,
   * and an answer listing the records written rather than one resource with an ETag.
   */
  readonly batch?: true;
  /** Where a create's answer gives the audited resource's id, when not at `id` (a bulk answer's items). */
  readonly createdId?: (body: { readonly [k: string]: unknown }) => string;
}

/** A write to an existing resource, made fresh in the facility by `make`. */
export interface Existing {
  readonly type: string;
  readonly action: string;
  /** The table holding the resource. */
  readonly table: string;
  /** The resource's own path under /api/v1 (where it is read and patched). */
  readonly path: (id: string, parent: string | undefined) => string;
  readonly make: (w: World, at: Place) => Promise<Made>;
  /** The move's last path segment (by default the action's name after `move:`; none for PATCH and DELETE). */
  readonly move?: string;
  readonly body?: Body | ((w: World) => Body);
  /** Where a nested resource's parent id is found on it. */
  readonly parent?: string;
  readonly status?: 200 | 201 | 204;
  /** Where it is read, when not at its own path. */
  readonly read?: (id: string, parent: string | undefined) => string;
  /** Shared data (partners, programs, offices): no facility to be outside of. */
  readonly shared?: true;
  readonly national?: true;
  readonly swap?: Swap;
}

/** The scenario of a write to an existing resource, made fresh in the facility and written at its own path. */
export function existing(o: Existing): Scenario {
  const path = (id: string, parent: string | undefined) => `${v1}${o.path(id, parent)}`;
  const move = o.move ?? (o.action.startsWith("move:") ? o.action.slice(5) : undefined);
  return {
    type: o.type,
    action: o.action,
    status: o.status ?? 200,
    read: (id, target) => `${v1}${(o.read ?? o.path)(id, target.parent)}`,
    ...(o.shared ? {} : { foreignTarget: true as const }),
    ...(o.national ? { national: true as const } : {}),
    ...(o.swap ? { swap: o.swap } : {}),
    prepare: async (w, at) => {
      const x = await o.make(w, at);
      const parent = o.parent === undefined ? undefined : String(x[o.parent]);
      const body = typeof o.body === "function" ? o.body(w) : o.body;
      return {
        url: `${path(x.id, parent)}${move ? `/${move}` : ""}`,
        id: x.id,
        ...(parent === undefined ? {} : { parent }),
        ...(body === undefined ? {} : { body }),
        ifMatch: etag(x),
        row: { table: o.table, id: x.id },
      };
    },
  };
}

/** Swaps the body's facility for another one. */
export const facilitySwap: Swap = {
  foreign: async (w) => w.salatiga.facilityId,
  put: (body, id) => ({ ...body, facilityId: id }),
};
/** Swaps the body's funding agreement for one of another facility. */
export const fundingSwap: Swap = {
  foreign: async (w) => (await agreement(w, w.salatiga, "draft")).agreement.id,
  put: (body, id) => ({ ...body, fundingAgreementId: id }),
};
/** Swaps the body's scope for another facility's. */
export const scopeSwap: Swap = {
  foreign: async (w) => w.salatiga.facilityId,
  put: (body, id) => ({ ...body, scope: { kind: "facility", facilityId: id } }),
};

/** A create: a POST whose audited resource is the one the response returns. */
export function create(
  type: string,
  read: (id: string, parent: string | undefined) => string,
  prepare: (w: World, at: Place) => Promise<Target>,
  extra: Partial<Pick<Scenario, "national" | "foreignTarget" | "swap" | "createdId" | "batch">> = {},
): Scenario {
  return {
    type,
    action: "create",
    status: 201,
    read: (id, target) => `${v1}${read(id, target.parent)}`,
    prepare,
    ...extra,
  };
}
