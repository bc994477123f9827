import { seedDemoData } from "@sinergi/db";
import { dateInZone } from "@sinergi/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { scenarios } from "../access/write-tour/scenarios.ts";
import type { Place, World } from "../access/write-tour/world.ts";
import { storeSignedScan } from "../resources/agreements/fixtures.ts";
import { describeApi, type TestResponse } from "../testing.ts";

/**
 * ETags and If-Match across the route table, through the write tour's scenarios (a fresh target and a valid
 * body for every write route): every write to an existing resource (PATCH, DELETE, each lifecycle move) without
 * If-Match answers 428 naming `header.if-match` and changes nothing, and with `If-Match: *` goes ahead; every
 * answer that is a single resource, written or read, carries the ETag of the revision it shows.
 */

type Json = Record<string, unknown>;

describeApi("ETags and If-Match", (t) => {
  let w: World;
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
    const partner = await t.db.selectFrom("partners").select("id").orderBy("name").executeTakeFirstOrThrow();
    const program = await t.db
      .selectFrom("programs")
      .select(["id", "certificationScheme"])
      .where(sql<boolean>`jsonb_typeof(certification_scheme) = 'object'`)
      .orderBy("name")
      .executeTakeFirstOrThrow();
    let n = 500;
    w = {
      t,
      medan: await place("Rutan Medan", "12.71.01"),
      salatiga: await place("Rutan Salatiga", "33.73.01"),
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
    const found = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(t.db);
    tables = found.rows.map((r) => r.name);
  });

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

  /** The write routes to an existing resource: every scenario but the creates and the bulk writes. */
  const conditional = Object.entries(scenarios).filter(([, s]) => s.action !== "create" && !s.batch);
  /** GET routes of the table, as patterns, and those a test read with an ETag. */
  const getRoutes = () =>
    t.app.routes
      .filter((r) => r.method === "GET" && r.path.startsWith("/api/v1/"))
      .map((r) => ({ path: r.path, re: new RegExp(`^${r.path.replace(/:\w+/g, "[^/]+")}$`) }));
  const readWithEtag = new Set<string>();

  /** The OpenAPI document with `$ref`s followed. */
  const openapi = async () => {
    const doc = (await t.get("/api/openapi.json")).body as {
      paths: Record<string, Record<string, Json>>;
      components: { schemas?: Record<string, Json> };
    };
    const deref = (x: Json): Json =>
      typeof x.$ref === "string" ? deref(doc.components.schemas?.[x.$ref.split("/").pop()!] ?? {}) : x;
    return { doc, deref };
  };

  it("documents 428 on exactly the writes to an existing resource: every PATCH, DELETE and lifecycle move", async () => {
    const routes = t.app.routes
      .filter((r) => r.path.startsWith("/api/v1/") && ["POST", "PATCH", "PUT", "DELETE"].includes(r.method))
      .map((r) => `${r.method} ${r.path}`);
    const cond = new Set(conditional.map(([k]) => k));
    const creates = new Set(Object.keys(scenarios).filter((k) => !cond.has(k)));
    // The rest are creates (a POST to a collection, possibly under a parent) and the caller's own session.
    const suspicious = routes
      .filter((k) => !cond.has(k))
      .filter(
        (k) => !k.startsWith("POST ") || (/:\w+\/[a-z-]+$/.test(k) && !creates.has(k) && !/\/auth\//.test(k)),
      );
    expect(suspicious).toEqual([]);
    expect(cond.size).toBeGreaterThan(40);
    const { doc } = await openapi();
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => (op.responses as Json)["428"] !== undefined)
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    expect(documented.sort()).toEqual([...cond].sort());
  });

  it("documents an ETag header on every answer that is a single resource (one with a revision)", async () => {
    const { doc, deref } = await openapi();
    const missing: string[] = [];
    let single = 0;
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item))
        for (const [status, res] of Object.entries(op.responses as Record<string, Json>)) {
          const content = (res.content ?? {}) as Record<string, { schema?: Json }>;
          const schema = content["application/json"]?.schema;
          if (!status.startsWith("2") || !schema) continue;
          if (!("revision" in ((deref(schema).properties ?? {}) as Json))) continue;
          single += 1;
          if (!(res.headers as Json | undefined)?.ETag) missing.push(`${method} ${path} ${status}`);
        }
    expect(missing).toEqual([]);
    expect(single).toBeGreaterThan(60);
  });

  /** The answer carries the ETag of the revision it shows; a GET of a route of the table is noted. */
  const expectEtag = (where: string, res: TestResponse, url?: string) => {
    if (typeof res.body?.revision !== "number") return;
    expect(res.headers.get("etag"), `${where}: the ETag of the revision shown`).toBe(
      `"${res.body.revision}"`,
    );
    if (url) for (const r of getRoutes()) if (r.re.test(url.split("?")[0]!)) readWithEtag.add(r.path);
  };

  for (const [key, s] of Object.entries(scenarios)) {
    // A bulk write carries its preconditions in its items and answers a list: neither If-Match nor one ETag.
    const unconditional = s.action === "create" || s.batch;
    const conditionally = unconditional ? "" : "refuses it without If-Match (428, nothing changed), ";
    it(`${key}: ${conditionally}writes with the ETag in the answer, and reads back with it`, async () => {
      const [method] = key.split(" ") as [string];
      const target = await s.prepare(w, w.medan);
      // An upload is sent as its raw bytes with their content type; every other write as JSON.
      const raw = target.raw ? { "content-type": target.raw.contentType } : {};
      const body = target.raw
        ? { body: target.raw.body, headers: raw }
        : target.body === undefined
          ? {}
          : { body: target.body };
      if (!unconditional) {
        expect(target.ifMatch, "the tour sends this write with the ETag it read").toBeDefined();
        const before = await fingerprint();
        const res = await t.request(method, target.url, body);
        expect(res.status, JSON.stringify(res.body)).toBe(428);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        expect(res.body).toMatchObject({ status: 428, code: "precondition-required" });
        expect(res.body.errors).toEqual([{ field: "header.if-match", message: expect.any(String) }]);
        expect(await fingerprint(), `${key} without If-Match changed the database`).toEqual(before);
      }
      const headers = { ...raw, ...(unconditional ? {} : { "if-match": "*" }) };
      const written = await t.request(method, target.url, { ...body, headers });
      expect(written.status, JSON.stringify(written.body)).toBe(s.status);
      expectEtag(key, written);
      const id = s.status === 201 ? (s.createdId?.(written.body) ?? (written.body.id as string)) : target.id!;
      const url = s.read(id, target);
      const read = await t.get(url);
      if (s.status !== 204) expect(read.status, `GET ${url}`).toBe(200);
      expectEtag(`GET ${url}`, read, url);
    });
  }

  it("reads every single resource of the route table with its ETag", async () => {
    const me = await t.get("/api/v1/auth/me");
    expectEtag("GET /api/v1/auth/me", me, "/api/v1/auth/me");
    const { doc, deref } = await openapi();
    const singles = Object.entries(doc.paths)
      .filter(([, item]) => {
        const schema = (item.get?.responses as Record<string, Json> | undefined)?.["200"]?.content as
          | Record<string, { schema?: Json }>
          | undefined;
        const s = schema?.["application/json"]?.schema;
        return s !== undefined && "revision" in ((deref(s).properties ?? {}) as Json);
      })
      .map(([path]) => path.replace(/\{(\w+)\}/g, ":$1"));
    // A resource no write of the tour reads back at its own path: read the first of its list.
    for (const path of singles.filter((p) => !readWithEtag.has(p) && /^[^:]*\/:id$/.test(p))) {
      const list = await t.get(path.slice(0, -"/:id".length));
      const first = list.body?.items?.[0]?.id;
      if (typeof first !== "string") continue;
      const url = path.replace(":id", first);
      expectEtag(`GET ${url}`, await t.get(url), url);
    }
    expect(singles.filter((p) => !readWithEtag.has(p))).toEqual([]);
    expect(singles.length).toBeGreaterThan(10);
  });
});
