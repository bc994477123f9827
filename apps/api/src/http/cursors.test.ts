import { seedDemoData } from "@sinergi/db";
import { runPass } from "@sinergi/worker";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { operationsOf, resolver } from "../fuzz/operations.ts";
import type { JsonSchema } from "../fuzz/schema-arbitrary.ts";
import { createLogger } from "../logger.ts";
import { describeApi } from "../testing.ts";

interface ListOperation {
  /** OpenAPI path, e.g. `/api/v1/facilities/{id}/licences`. */
  readonly template: string;
  /** The same with real ids of demo records in place of its path parameters. */
  readonly path: string;
  /** The list's default `sort`, when it takes one. */
  readonly sort: string | undefined;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** Cursors nobody signed: the old unsigned form with values SQL cannot read, and plain garbage. */
const FORGED = [
  encode({ s: "name:asc", v: "Agus", i: "not-a-uuid" }),
  encode({ s: "createdAt:desc", v: "x", i: "00000000-0000-4000-8000-000000000001" }),
  `${encode(["x", "not-a-uuid"])}.${"A".repeat(43)}`,
  "x",
  "",
  "a.b.c",
  "%%%",
];

describeApi("list cursors", (t) => {
  const lists: ListOperation[] = [];

  /** A path with each `{param}` replaced by the id of a parent that has at least two children to page. */
  async function resolve(template: string): Promise<string | undefined> {
    const m = /^(.*)\/\{[^}]+\}(\/[^{}]+)$/.exec(template);
    if (!m) return template.includes("{") ? undefined : template;
    const [, parent = "", child = ""] = m;
    const parents = await t.get(`${parent}?limit=200`);
    for (const item of parents.body.items ?? []) {
      const path = `${parent}/${item.id}${child}`;
      if ((await t.get(`${path}?limit=1`)).body.nextCursor) return path;
    }
    return undefined;
  }

  beforeAll(async () => {
    await seedDemoData(t.db, { now: new Date().toISOString() });
    // Lists the demo data leaves with fewer than two rows get a second one.
    for (let i = 0; i < 2; i++) await t.apiKey("viewer", { kind: "national" }, ["organisation:read"]);
    await t.createUser("viewer", { kind: "national" });
    const facility = (await t.get("/api/v1/facilities?limit=1")).body.items[0];
    for (const takenOn of ["2026-01-31", "2026-02-28"])
      await t.post(`/api/v1/facilities/${facility.id}/population-snapshots`, {
        takenOn,
        total: 100,
        detainees: 40,
        convicts: 60,
      });
    // Reports, the run log and alerts: two worker passes over the last two closed months.
    const from = new Date(Date.now() - 70 * 86_400_000).toISOString().slice(0, 7);
    for (let i = 0; i < 2; i++) await runPass(t.db, { worker: `cursors-${i}`, from });
    const doc = (await t.get("/api/openapi.json")).body;
    const schemaOf = resolver(doc);
    for (const operation of operationsOf(doc)) {
      const query = operation.parameters.filter((p) => p.in === "query");
      if (operation.method !== "GET" || !query.some((p) => p.name === "cursor")) continue;
      const path = await resolve(operation.path);
      if (path === undefined) throw new Error(`no demo record to page ${operation.path} under`);
      const sortSchema = query.find((p) => p.name === "sort")?.schema;
      const sort = (sortSchema?.$ref ? schemaOf<JsonSchema>(sortSchema.$ref) : sortSchema)?.default;
      lists.push({ template: operation.path, path, sort: typeof sort === "string" ? sort : undefined });
    }
  });

  const flip = (sort: string) => (sort.startsWith("-") ? sort.slice(1) : `-${sort}`);
  const withQuery = (path: string, query: Record<string, string>) =>
    `${path}?${new URLSearchParams(query).toString()}`;

  async function firstCursor(list: ListOperation, query: Record<string, string> = {}): Promise<string> {
    const res = await t.get(withQuery(list.path, { limit: "1", ...query }));
    expect(res.status, list.template).toBe(200);
    expect(res.body.nextCursor, `${list.template} gives a cursor`).toEqual(expect.any(String));
    return res.body.nextCursor;
  }

  function expectCursorRefused(res: { status: number; body: any }, what: string): void {
    expect([res.status, res.body?.errors?.[0]?.field], what).toEqual([400, "query.cursor"]);
    expect(res.body.errors[0].message, what).toMatch(/^[a-z][a-z ,]+$/);
  }

  it("finds every list of the served OpenAPI document, each with a cursor that pages on", async () => {
    expect(lists.length).toBeGreaterThanOrEqual(18);
    for (const list of lists) {
      const cursor = await firstCursor(list);
      const next = await t.get(withQuery(list.path, { limit: "1", cursor }));
      expect(next.status, list.template).toBe(200);
      expect(next.body.items.length, list.template).toBe(1);
    }
  });

  it("refuses forged cursors on every list with 400 naming query.cursor", async () => {
    for (const list of lists)
      for (const cursor of FORGED)
        expectCursorRefused(await t.get(withQuery(list.path, { cursor })), `${list.template} ${cursor}`);
  });

  it("refuses a cursor with a changed value or signature on every list", async () => {
    for (const list of lists) {
      const cursor = await firstCursor(list);
      const [body = "", tag = ""] = cursor.split(".");
      const [value, id] = JSON.parse(Buffer.from(body, "base64url").toString()) as [string, string];
      const last = tag.at(-2) === "A" ? "B" : "A";
      for (const bad of [
        `${encode([value, "not-a-uuid"])}.${tag}`,
        `${encode(["x", id])}.${tag}`,
        `${body}.${tag.slice(0, -2)}${last}${tag.at(-1)}`,
        body,
      ])
        expectCursorRefused(await t.get(withQuery(list.path, { cursor: bad })), `${list.template} ${bad}`);
    }
  });

  it("refuses a cursor given out for another sort order or by another list", async () => {
    let sorted = 0;
    for (const [i, list] of lists.entries()) {
      const cursor = await firstCursor(list);
      if (list.sort !== undefined) {
        sorted += 1;
        expectCursorRefused(
          await t.get(withQuery(list.path, { sort: flip(list.sort), cursor })),
          `${list.template} sort ${flip(list.sort)}`,
        );
      }
      const other = lists[(i + 1) % lists.length] ?? list;
      expectCursorRefused(
        await t.get(withQuery(other.path, { cursor })),
        `${list.template} on ${other.template}`,
      );
    }
    expect(sorted).toBeGreaterThanOrEqual(10);
  });

  it("refuses a cursor signed with another server secret", async () => {
    const other = createApp({ db: t.db, secret: "another secret of at least 32 characters" });
    const cookie = await t.sessionCookie(t.adminId);
    for (const list of lists) {
      const res = await other.request(withQuery(list.path, { limit: "1" }), { headers: { cookie } });
      const { nextCursor } = (await res.json()) as { nextCursor: string };
      expect(nextCursor, list.template).toEqual(expect.any(String));
      expectCursorRefused(await t.get(withQuery(list.path, { cursor: nextCursor })), list.template);
    }
  });

  it("accepts one instance's cursors on another that shares its secret", async () => {
    const secret = "one secret shared by every instance, 32+";
    const [a, b] = [createApp({ db: t.db, secret }), createApp({ db: t.db, secret })];
    const cookie = await t.sessionCookie(t.adminId);
    for (const list of lists) {
      const first = (await (
        await a.request(withQuery(list.path, { limit: "1" }), { headers: { cookie } })
      ).json()) as {
        nextCursor: string;
      };
      const next = await b.request(withQuery(list.path, { limit: "1", cursor: first.nextCursor }), {
        headers: { cookie },
      });
      expect(next.status, list.template).toBe(200);
    }
  });

  it("never writes a cursor into a log line", async () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (line: string) => void lines.push(line) } });
    const app = createApp({ db: t.db, logger });
    const cookie = await t.sessionCookie(t.adminId);
    const list = lists.find((l) => l.template === "/api/v1/facilities") ?? lists[0];
    if (!list) throw new Error("no list");
    const first = (await (
      await app.request(withQuery(list.path, { limit: "1" }), { headers: { cookie } })
    ).json()) as {
      nextCursor: string;
    };
    const sent = [first.nextCursor, ...FORGED.filter((c) => c.length > 3)];
    for (const cursor of sent) await app.request(withQuery(list.path, { cursor }), { headers: { cookie } });
    expect(lines.length).toBeGreaterThan(sent.length);
    for (const cursor of sent) for (const line of lines) expect(line).not.toContain(cursor);
  });

  it("pages enrollments imported with microsecond timestamps without repeating or skipping one", async () => {
    // An import writes many enrollments within one millisecond, told apart only by microseconds.
    await sql`update enrollments e set enrolled_at = timestamptz '2026-03-01 08:00:00.123+00'
      + n.i * interval '1 microsecond'
      from (select id, row_number() over (order by id) as i from enrollments) n where n.id = e.id`.execute(
      t.db,
    );
    const { n } = await t.db
      .selectFrom("enrollments")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(10);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await t.get(withQuery("/api/v1/enrollments", { limit: "3", ...(cursor ? { cursor } : {}) }));
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length <= Number(n));
    expect(seen.length).toBe(Number(n));
    expect(new Set(seen).size).toBe(Number(n));
  });
});
