import { gunzipSync } from "node:zlib";
import { seedDemoData } from "@sinergi/db";
import { beforeAll, describe, expect, it } from "vitest";
import { describeApi } from "../testing.ts";
import { acceptsGzip } from "./compress.ts";

describe("acceptsGzip", () => {
  it("takes gzip when it is listed, alone, with others or with a positive q", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
  });

  it("refuses gzip when it is absent or weighed at zero", () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0.0, br")).toBe(false);
  });
});

describeApi("Compressed answers", (t) => {
  let cookie: string;
  let agreementId: string;

  beforeAll(async () => {
    await seedDemoData(t.db, { now: new Date().toISOString() });
    const admin = await t.createUser("national_admin", { kind: "national" });
    cookie = await t.sessionCookie(admin.id);
    const first = await t.db.selectFrom("agreements").select("id").orderBy("id").executeTakeFirstOrThrow();
    agreementId = first.id;
  });

  const get = (path: string, encoding?: string) =>
    t.app.request(path, { headers: { cookie, ...(encoding ? { "accept-encoding": encoding } : {}) } });

  it("gzips a list page for a client that takes gzip, and the body unzips to the same JSON", async () => {
    const plain = await get("/api/v1/agreements?limit=50");
    const zipped = await get("/api/v1/agreements?limit=50", "gzip, deflate, br");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-encoding")).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(zipped.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(text.length / 3);
    expect(JSON.parse(gunzipSync(bytes).toString("utf8"))).toEqual(JSON.parse(text));
  });

  it("leaves an answer that carries an ETag as it is, so If-Match keeps its strong tag", async () => {
    const res = await get(`/api/v1/agreements/${agreementId}`, "gzip");
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(/^"\d+"$/);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect((await res.json()).id).toBe(agreementId);
  });

  it("leaves a small answer and a client that does not take gzip alone", async () => {
    const small = await get("/healthz", "gzip");
    expect(small.headers.get("content-encoding")).toBeNull();
    const me = await get("/api/v1/auth/me", "gzip");
    expect(me.status).toBe(200);
    expect((await me.clone().text()).length).toBeLessThan(1024);
    expect(me.headers.get("content-encoding")).toBeNull();
    const refused = await get("/api/v1/agreements?limit=50", "gzip;q=0, identity");
    expect(refused.headers.get("content-encoding")).toBeNull();
    expect((await refused.json()).items.length).toBeGreaterThan(0);
  });

  it("gzips a problem answer only when it is large, and never changes its status", async () => {
    const res = await get("/api/v1/agreements?limit=abc", "gzip");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    const body = res.headers.get("content-encoding")
      ? JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8"))
      : await res.json();
    expect(body.errors[0].field).toMatch(/limit/);
  });

  it("gzips the OpenAPI document", async () => {
    const res = await get("/api/openapi.json", "gzip");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const doc = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8"));
    expect(doc.openapi).toMatch(/^3\./);
  });

  it("sends the docs' script gzipped once made, and whole to a client that does not take gzip", async () => {
    const zipped = await get("/api/docs/scalar.js", "gzip");
    const plain = await get("/api/docs/scalar.js");
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const whole = Buffer.from(await plain.arrayBuffer());
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(whole.byteLength / 2);
    expect(gunzipSync(bytes).equals(whole)).toBe(true);
  });
});
