import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { seedDemoData } from "@sinergi/db";
import { dateInZone } from "@sinergi/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { storeSignedScan } from "../../resources/agreements/fixtures.ts";
import { describeApi, type TestResponse } from "../../testing.ts";
import { accessRuleOf } from "../enforce.ts";
import type { RowRef, Scenario, Target } from "./kit.ts";
import { scenarios } from "./scenarios.ts";
import type { Place, World } from "./world.ts";

/**
 * The write tour: every write route of the app's own route table, made once in Medan's scope and once at
 * a resource (or naming one) outside it. The write in scope must leave exactly one audit entry whose before
 * and after agree with the resource as read before and after; the one outside must answer exactly like a
 * write to a missing id, and change nothing at all.
 */

interface Caller {
  readonly id: string;
  readonly headers?: Record<string, string>;
}

/** Reads that take their input in a body because it is personal data (a NIK never goes in a URL). */
const READS_SENT_AS_POST = new Set(["POST /api/v1/inmates/lookup"]);

/** Fields the audit log keeps masked: compared only to show the raw value never reaches the log. */
const PERSONAL = ["nik", "birthDate"];
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Where an audit snapshot and a read of the same resource disagree. Representations differ (the log keeps
 * the stored or domain record, reads add derived fields such as `status` or `allowedMoves`), so only fields
 * present on both sides are compared, at every depth; arrays must match in length and element by element.
 */
function disagreements(logged: unknown, read: unknown, path = ""): string[] {
  if (isObject(logged) && isObject(read))
    return Object.keys(logged)
      .filter((k) => k in read && !(path === "" && PERSONAL.includes(k)))
      .flatMap((k) => disagreements(logged[k], read[k], path ? `${path}.${k}` : k));
  if (Array.isArray(logged) && Array.isArray(read)) {
    if (logged.length !== read.length)
      return [`${path}: ${logged.length} entries logged, ${read.length} read`];
    return logged.flatMap((x, i) => disagreements(x, read[i], `${path}.${i}`));
  }
  return isDeepStrictEqual(logged, read)
    ? []
    : [`${path}: logged ${JSON.stringify(logged)}, read ${JSON.stringify(read)}`];
}

/** Top-level fields a read and a logged snapshot share (personal data aside). */
const shared = (logged: Json, read: Json) =>
  Object.keys(read).filter((k) => k in logged && !PERSONAL.includes(k));

describeApi("write tour", (t) => {
  let w: World;
  let national: Caller;
  let facilityAdmin: Caller;
  let tables: string[] = [];

  beforeAll(async () => {
    const now = new Date().toISOString();
    await seedDemoData(t.db, { now });
    await storeSignedScan(t.db);
    const place = async (name: string, districtCode: string): Promise<Place> => {
      const f = await t.db
        .selectFrom("facilities")
        .select(["id", "regionalOfficeId"])
        .where("name", "=", name)
        .executeTakeFirstOrThrow();
      return { facilityId: f.id, regionalOfficeId: f.regionalOfficeId, districtCode };
    };
    const medan = await place("Rutan Medan", "12.71.01");
    const salatiga = await place("Rutan Salatiga", "33.73.01");
    // The tour is only meaningful if Salatiga lies outside Medan's facility and its regional office.
    expect(salatiga.regionalOfficeId).not.toBe(medan.regionalOfficeId);
    const partner = await t.db.selectFrom("partners").select("id").orderBy("name").executeTakeFirstOrThrow();
    const program = await t.db
      .selectFrom("programs")
      .select(["id", "certificationScheme"])
      .where(sql<boolean>`jsonb_typeof(certification_scheme) = 'object'`)
      .orderBy("name")
      .executeTakeFirstOrThrow();
    let n = 100;
    w = {
      t,
      medan,
      salatiga,
      partnerId: partner.id,
      programId: program.id,
      unitCodes: (program.certificationScheme as { competencyUnits: { code: string }[] }).competencyUnits.map(
        (u) => u.code,
      ),
      today: dateInZone(now, "Asia/Jakarta"),
      seq: () => {
        n += 1;
        return n;
      },
    };
    national = { id: t.adminId };
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: medan.facilityId });
    facilityAdmin = {
      id: admin.id,
      headers: { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" },
    };
    const found = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(t.db);
    tables = found.rows.map((r) => r.name);
  });

  /** Sends a write as the caller (the national admin through the suite's own session). */
  const send = (
    caller: Caller,
    method: string,
    target: Pick<Target, "url" | "body" | "ifMatch"> & Pick<Partial<Target>, "raw">,
  ) =>
    t.request(method, target.url, {
      ...(caller.headers ? { anonymous: true } : {}),
      headers: {
        ...caller.headers,
        ...(target.ifMatch ? { "if-match": target.ifMatch } : {}),
        ...(target.raw ? { "content-type": target.raw.contentType } : {}),
      },
      ...(target.raw ? { body: target.raw.body } : target.body === undefined ? {} : { body: target.body }),
    });

  /** The newest audit entry's id and the number of entries. */
  const auditMark = async () => {
    const r = await t.db
      .selectFrom("auditLog")
      .select((eb) => [eb.fn.countAll<string>().as("n"), eb.fn.max("id").as("last")])
      .executeTakeFirstOrThrow();
    return { count: Number(r.n), last: Number(r.last ?? 0) };
  };

  /** Row count, summed revisions and latest update of every table: any change anywhere shows. */
  const fingerprint = async () => {
    const columns = await sql<{ t: string; c: string }>`select table_name as t, column_name as c
      from information_schema.columns where table_schema = current_schema()
      and column_name in ('revision', 'updated_at')`.execute(t.db);
    const has = (table: string, column: string) => columns.rows.some((r) => r.t === table && r.c === column);
    const parts = tables.map(
      (table) =>
        `select '${table}' as t, count(*)::text as n, ${has(table, "revision") ? "coalesce(sum(revision), 0)::text" : "''"} as r, ${has(table, "updated_at") ? "coalesce(max(updated_at)::text, '')" : "''"} as u from ${table}`,
    );
    return (await sql.raw<Json>(parts.join(" union all ")).execute(t.db)).rows;
  };

  const rowOf = async (ref: RowRef) =>
    (await sql<Json>`select * from ${sql.table(ref.table)} where id = ${ref.id}`.execute(t.db)).rows;

  /** The audited resource as the national admin reads it (null once gone). */
  const read = async (url: string, id: string): Promise<Json | null> => {
    const res = await t.get(url);
    if (res.status === 404) return null;
    expect(res.status, `GET ${url}`).toBe(200);
    if (!Array.isArray(res.body.items)) return res.body;
    return res.body.items.find((x: Json) => x.id === id) ?? null;
  };

  /** A write that must be refused exactly like `missing`, writing no audit entry and changing no row. */
  async function refused(
    where: string,
    method: string,
    outside: Pick<Target, "url" | "body" | "ifMatch" | "row">,
    missing: Pick<Target, "url" | "body" | "ifMatch">,
    status?: number,
  ) {
    const mark = await auditMark();
    const tablesBefore = await fingerprint();
    const rowBefore = outside.row && (await rowOf(outside.row));
    const out = await send(facilityAdmin, method, outside);
    const none = await send(facilityAdmin, method, missing);
    const answer = (r: TestResponse) => ({ status: r.status, body: r.body });
    if (status !== undefined) expect(out.status, `${where}: ${JSON.stringify(out.body)}`).toBe(status);
    expect(out.status, where).toBeGreaterThanOrEqual(400);
    expect(out.status, where).toBeLessThan(500);
    expect(answer(out), `${where} must answer as if it did not exist`).toEqual(answer(none));
    expect(await auditMark(), `${where} wrote an audit entry`).toEqual(mark);
    expect(await fingerprint(), `${where} changed the database`).toEqual(tablesBefore);
    if (outside.row) {
      expect(rowBefore, `${where}: the target row exists`).toHaveLength(1);
      expect(await rowOf(outside.row), `${where} changed its target`).toEqual(rowBefore);
    }
  }

  /** The write in scope: 2xx, one audit entry, and that entry agrees with the reads around it. */
  async function written(key: string, s: Scenario, target: Target) {
    const [method] = key.split(" ") as [string];
    const caller = s.national ? national : facilityAdmin;
    const readUrl = (id: string) => s.read(id, target);
    const before = s.status === 201 ? null : await read(readUrl(target.id!), target.id!);
    if (s.status !== 201) expect(before, `${key}: the target reads before the write`).not.toBeNull();
    const mark = await auditMark();
    const res = await send(caller, method, target);
    expect(res.status, `${key}: ${JSON.stringify(res.body)}`).toBe(s.status);
    const entries = await t.db.selectFrom("auditLog").selectAll().where("id", ">", mark.last).execute();
    expect((await auditMark()).count, `${key} must write exactly one audit entry`).toBe(mark.count + 1);
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    const id = s.status === 201 ? (s.createdId?.(res.body) ?? (res.body.id as string)) : target.id!;
    expect(entry).toMatchObject({
      resourceType: s.type,
      resourceId: id,
      action: s.action,
      actorId: caller.id,
      actorKind: "user",
    });
    // Medan's admin reads the log of its own facility: the entry must sit there.
    if (caller === facilityAdmin) expect(entry.facilityId).toBe(w.medan.facilityId);
    const after = await read(readUrl(id), id);
    const logged = { before: entry.before as Json | null, after: entry.after as Json | null };

    const text = JSON.stringify(logged);
    const secrets = [target.body?.password, res.body?.key, res.body?.oneTimePassword];
    for (const secret of secrets) if (typeof secret === "string") expect(text).not.toContain(secret);
    for (const r of [before, after])
      for (const k of PERSONAL)
        if (typeof r?.[k] === "string") expect(text, `${key} logged ${k} unmasked`).not.toContain(r[k]);

    const compare = (side: "before" | "after", read: Json | null) => {
      const snapshot = logged[side];
      expect(isObject(snapshot), `${key}: the entry's ${side} is a record`).toBe(true);
      expect(read, `${key}: the resource reads ${side} the write`).not.toBeNull();
      expect(disagreements(snapshot, read), `${key}: the entry's ${side} vs the resource`).toEqual([]);
      // The comparison must reach the resource itself, and every field the body sets.
      const common = shared(snapshot!, read!);
      expect(common, `${key}: the entry's ${side} holds the resource`).toContain("id");
      const set = Object.keys(target.body ?? {}).filter((k) => k in read! && !PERSONAL.includes(k));
      expect(common, `${key}: the entry's ${side} holds the fields the body sets`).toEqual(
        expect.arrayContaining(set),
      );
    };
    if (s.status === 201) {
      expect(logged.before, `${key}: a create has nothing before`).toBeNull();
      compare("after", after);
      expect(logged.after?.id).toBe(id);
    } else if (s.status === 204) {
      compare("before", before);
      expect(logged.after, `${key}: a deletion leaves nothing after`).toBeNull();
      expect(after, `${key}: the resource is gone`).toBeNull();
    } else {
      compare("before", before);
      compare("after", after);
      const both = shared(logged.before!, before!).filter((k) => k in logged.after! && k in after!);
      const changed = both.filter((k) => !isDeepStrictEqual(logged.before![k], logged.after![k]));
      expect(changed, `${key}: the entry shows what changed`).not.toEqual([]);
    }
  }

  it("has a scenario for every write route that needs a permission, and none for a route that is gone", () => {
    const routes = new Set<string>();
    for (const r of t.app.routes) {
      if (!r.path.startsWith("/api/v1/") || !["POST", "PATCH", "PUT", "DELETE"].includes(r.method)) continue;
      if (READS_SENT_AS_POST.has(`${r.method} ${r.path}`)) continue;
      const rule = accessRuleOf(r.handler);
      if (rule?.kind === "permission" || rule?.kind === "any-permission" || rule?.kind === "national")
        routes.add(`${r.method} ${r.path}`);
    }
    const missing = [...routes].filter((k) => !(k in scenarios)).sort();
    const gone = Object.keys(scenarios).filter((k) => !routes.has(k));
    expect({ missing, gone }).toEqual({ missing: [], gone: [] });
    expect(routes.size).toBeGreaterThan(50);
  });

  for (const [key, s] of Object.entries(scenarios)) {
    const outside = s.foreignTarget || s.swap ? ", and refuses it outside Medan exactly as if missing" : "";
    it(`${key}: writes one audit entry that agrees with the resource${outside}`, async () => {
      const [method] = key.split(" ") as [string];
      const target = await s.prepare(w, w.medan);
      if (s.foreignTarget) {
        const foreign = await s.prepare(w, w.salatiga);
        const url = foreign.url.replaceAll(UUIDS, () => randomUUID());
        const body = target.body;
        await refused(
          `${key} on a Salatiga resource`,
          method,
          { ...foreign, ...(body === undefined ? {} : { body }) },
          {
            url,
            ...(body === undefined ? {} : { body }),
            ...(foreign.ifMatch ? { ifMatch: foreign.ifMatch } : {}),
          },
          404,
        );
      }
      if (s.swap) {
        const body = target.body ?? {};
        await refused(
          `${key} naming Salatiga`,
          method,
          { ...target, body: s.swap.put(body, await s.swap.foreign(w)) },
          { ...target, body: s.swap.put(body, randomUUID()) },
        );
      }
      await written(key, s, target);
    });
  }
});
