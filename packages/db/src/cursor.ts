import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { assertNever } from "@sinergi/domain";
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

/** SQL type of a keyset column: each has one textual form, checked before it is cast back in SQL. */
export type KeyType = "uuid" | "text" | "date" | "timestamptz" | "integer" | "bigint";

/** Raised for a cursor this API did not give out for this list and sort order, or one it cannot read. */
export class InvalidCursorError extends Error {
  constructor(message = "is not a cursor this list gave out for this sort order") {
    super(message);
    this.name = "InvalidCursorError";
  }
}

/** Signs list cursors and checks them (HMAC-SHA-256 with a server secret): a forged one is refused. */
export interface CursorCodec {
  /** The cursor for a keyset position `[value, id]` of the list named by `context`. */
  seal(context: string, position: readonly [string, string]): string;
  /** The position inside a cursor given out for `context`; throws InvalidCursorError otherwise. */
  open(context: string, cursor: string): [string, string];
}

/** At least this many characters of secret (SINERGI_SECRET). */
export const MIN_SECRET_LENGTH = 32;

/** A codec keyed by `secret`; every instance sharing one secret accepts the others' cursors. */
export function cursorCodec(secret: string | Uint8Array): CursorCodec {
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(`a cursor secret needs ${MIN_SECRET_LENGTH} characters`);
  // A key of its own for cursors, so the same secret can sign other things without one forging the other.
  const key = createHmac("sha256", secret).update("sinergi list cursor v1").digest();
  const mac = (context: string, body: string) =>
    createHmac("sha256", key).update(`${context}\n${body}`).digest();
  return {
    seal(context, position) {
      const body = Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
      return `${body}.${mac(context, body).toString("base64url")}`;
    },
    open(context, cursor) {
      const [body, tag, ...rest] = cursor.split(".");
      if (body === undefined || tag === undefined || rest.length > 0) throw new InvalidCursorError();
      const given = Buffer.from(tag, "base64url");
      const expected = mac(context, body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new InvalidCursorError();
      // Signed by us, so it is our own JSON; still checked for shape rather than trusted.
      let position: unknown;
      try {
        position = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
      } catch {
        throw new InvalidCursorError();
      }
      if (
        !Array.isArray(position) ||
        position.length !== 2 ||
        typeof position[0] !== "string" ||
        typeof position[1] !== "string"
      )
        throw new InvalidCursorError();
      return [position[0], position[1]];
    },
  };
}

// Outside any app (scripts, repository tests) cursors are signed with a key made for this process:
// still unforgeable, but valid only here. The API always lists through a handle carrying its codec.
let processCodec: CursorCodec | undefined;
// The codec named by the handle whose statement is being built: set and read in one synchronous step.
let announced: CursorCodec | undefined;

/** Names its codec whenever a statement is built on its handle (and changes nothing else). */
class CursorCodecPlugin implements KyselyPlugin {
  constructor(readonly codec: CursorCodec) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    announced = this.codec;
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * `db` (a Kysely handle or transaction) with `codec` signing and checking every cursor that lists run
 * on it give out or take; its transactions keep it. Passed with the handle rather than kept in an
 * AsyncLocalStorage, which made every promise of the process pay async hooks.
 */
export function withCursorCodec<D extends { withPlugin(plugin: KyselyPlugin): unknown }>(
  db: D,
  codec: CursorCodec,
): D {
  return db.withPlugin(new CursorCodecPlugin(codec)) as D;
}

/**
 * Runs `build`, which builds a statement (synchronously) on the handle a list runs on, and returns its
 * result with the codec that handle carries, or the process's own when it carries none.
 */
export function cursorCodecOf<T>(build: () => T): { readonly value: T; readonly codec: CursorCodec } {
  announced = undefined;
  try {
    const value = build();
    processCodec ??= cursorCodec(randomBytes(32));
    return { value, codec: announced ?? processCodec };
  } finally {
    announced = undefined;
  }
}

/** A short, stable name for a query's shape, so a cursor given out by one list is refused by another. */
export function queryFingerprint(sqlText: string): string {
  return createHash("sha256").update(sqlText).digest("base64url").slice(0, 22);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;
const INTEGER = /^-?\d{1,19}$/;
const INT_RANGE = {
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  bigint: [-(2n ** 63n), 2n ** 63n - 1n],
} as const;

function isCalendarDate(y: string, m: string, d: string): boolean {
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === `${y}-${m}-${d}`;
}

/** True when `value` is the textual form `keyText` gives for a column of `type`. */
export function isKeyText(type: KeyType, value: string): boolean {
  switch (type) {
    case "uuid":
      return UUID.test(value);
    case "text":
      return !value.includes("\u0000") && !/\p{Cs}/u.test(value);
    case "date": {
      if (value === "infinity" || value === "-infinity") return true;
      const m = DATE.exec(value);
      return m !== null && isCalendarDate(m[1] ?? "", m[2] ?? "", m[3] ?? "");
    }
    case "timestamptz": {
      if (value === "infinity" || value === "-infinity") return true;
      const m = INSTANT.exec(value);
      return (
        m !== null &&
        isCalendarDate(m[1] ?? "", m[2] ?? "", m[3] ?? "") &&
        Number(m[4]) < 24 &&
        Number(m[5]) < 60 &&
        Number(m[6]) < 60
      );
    }
    case "integer":
    case "bigint": {
      if (!INTEGER.test(value)) return false;
      const n = BigInt(value);
      const [min, max] = INT_RANGE[type];
      return n >= min && n <= max;
    }
    default:
      return assertNever(type);
  }
}
