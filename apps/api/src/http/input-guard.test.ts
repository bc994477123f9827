import { expect, it } from "vitest";
import { describeApi } from "../testing.ts";
import { MAX_JSON_DEPTH, unstorable } from "./input-guard.ts";

it("tells NUL characters and unpaired surrogates apart from text PostgreSQL stores", () => {
  expect(unstorable("Rutan Salatiga – Jawa Tengah 🏛️")).toBeUndefined();
  expect(unstorable("tab\tand\u0001control")).toBeUndefined();
  expect(unstorable("a\u0000b")).toMatch(/NUL/);
  expect(unstorable("a\ud800b")).toMatch(/surrogate/);
  expect(unstorable("\udc00")).toMatch(/surrogate/);
});

describeApi("input no handler should see", (t) => {
  const base = "/api/v1/regional-offices";
  const rows = async () =>
    Number(
      (
        await t.db
          .selectFrom("regionalOffices")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const fields = (res: { body: { errors?: { field: string }[] } }) => res.body.errors?.map((e) => e.field);

  it("refuses a NUL in a body field with 422 naming it, creating nothing and keeping no idempotency key", async () => {
    const before = await rows();
    const res = await t.post(base, { name: "a\u0000b", provinceCode: "33" }, { "idempotency-key": "nul-1" });
    expect([res.status, fields(res)]).toEqual([422, ["name"]]);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.stringify(res.body)).not.toContain("a\\u0000b");
    expect(await rows()).toBe(before);
    const keys = await t.db.selectFrom("idempotencyKeys").select("key").where("key", "=", "nul-1").execute();
    expect(keys).toEqual([]);
  });

  it("names every nested field holding a NUL or an unpaired surrogate, in arrays and objects", async () => {
    const res = await t.post("/api/v1/facilities", {
      name: "ok",
      head: { name: "x\u0000" },
      contacts: [
        { kind: "phone", value: "fine" },
        { kind: "email", value: "\ud83d" },
      ],
    });
    expect([res.status, fields(res)]).toEqual([422, ["head.name", "contacts.1.value"]]);
  });

  it("refuses a NUL in a field name without repeating the name", async () => {
    const res = await t.post(base, { "na\u0000me": "x", provinceCode: "33" });
    expect([res.status, fields(res)]).toEqual([422, ["(body)"]]);
  });

  it("refuses an unpaired surrogate written as a JSON escape", async () => {
    const res = await t.request("POST", base, { body: '{"name":"Kanwil \\ud800","provinceCode":"33"}' });
    expect([res.status, fields(res)]).toEqual([422, ["name"]]);
  });

  it("refuses a NUL in a query value as query.<name>", async () => {
    const res = await t.get(`${base}?q=%00`);
    expect([res.status, fields(res)]).toEqual([422, ["query.q"]]);
    const key = await t.get(`${base}?%00=1`);
    expect([key.status, fields(key)]).toEqual([422, ["query"]]);
  });

  it("refuses a NUL in a path segment as path.<parameter>", async () => {
    const one = await t.get(`${base}/ab%00cd`);
    expect([one.status, fields(one)]).toEqual([422, ["path.id"]]);
    const nested = await t.get("/api/v1/agreements/x%00/action-items/y%00");
    expect([nested.status, fields(nested)]).toEqual([422, ["path.id", "path.itemId"]]);
    const patch = await t.patch(`${base}/%00`, { name: "x" }, { "if-match": '"1"' });
    expect([patch.status, fields(patch)]).toEqual([422, ["path.id"]]);
    const unknown = await t.get("/api/v1/no-such-thing/%00");
    expect([unknown.status, fields(unknown)]).toEqual([422, ["path"]]);
  });

  it("refuses JSON nested deeper than any request needs, however deep, naming where it got too deep", async () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 3_000, 100_000]) {
      const nested = `${"[".repeat(depth)}"x"${"]".repeat(depth)}`;
      const res = await t.request("POST", base, { body: `{"name":${nested},"provinceCode":"33"}` });
      expect([res.status, res.body.errors[0].field], String(depth)).toEqual([
        422,
        `name${".0".repeat(MAX_JSON_DEPTH - 1)}`,
      ]);
    }
    const fine = `${"[".repeat(MAX_JSON_DEPTH - 1)}"x"${"]".repeat(MAX_JSON_DEPTH - 1)}`;
    const res = await t.request("POST", base, { body: `{"name":${fine},"provinceCode":"33"}` });
    expect([res.status, res.body.errors[0].field]).toEqual([422, "name"]);
  });

  it("names at most twenty bad fields of a body full of them", async () => {
    const res = await t.post(base, { name: Array.from({ length: 5000 }, () => "\u0000") });
    expect([res.status, res.body.errors.length]).toEqual([422, 20]);
  });

  it("still stores text with other control characters, emoji and accents as sent", async () => {
    const name = "Kanwil\tÁceh 🏛️ \u0001";
    const res = await t.post(base, { name, provinceCode: "11" });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe(name);
  });
});
