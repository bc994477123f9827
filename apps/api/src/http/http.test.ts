import { expect, it } from "vitest";
import { describeApi } from "../testing.ts";

describeApi("HTTP conventions", (t) => {
  const base = "/api/v1/regional-offices";
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom("regionalOffices")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("replays the first answer for the same Idempotency-Key and body, creating nothing new", async () => {
    const body = { name: "Kanwil Sulawesi Selatan", provinceCode: "73" };
    const first = await t.post(base, body, { "idempotency-key": "k-1" });
    expect(first.status).toBe(201);
    const n = await count();
    const again = await t.post(base, body, { "idempotency-key": "k-1" });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await count()).toBe(n);
  });

  it("refuses the same Idempotency-Key with another body with 422 and changes nothing", async () => {
    await t.post(base, { name: "Kanwil Aceh", provinceCode: "11" }, { "idempotency-key": "k-2" });
    const n = await count();
    const reused = await t.post(
      base,
      { name: "Kanwil Riau", provinceCode: "14" },
      { "idempotency-key": "k-2" },
    );
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe("idempotency/key-reused");
    expect(reused.body.errors[0].field).toBe("header.idempotency-key");
    expect(await count()).toBe(n);
  });

  it("does not keep a key whose request failed validation, so a corrected retry runs", async () => {
    const bad = await t.post(base, { name: "" }, { "idempotency-key": "k-3" });
    expect(bad.status).toBe(422);
    const good = await t.post(
      base,
      { name: "Kanwil Jambi", provinceCode: "15" },
      { "idempotency-key": "k-3" },
    );
    expect(good.status).toBe(201);
    const replay = await t.post(
      base,
      { name: "Kanwil Jambi", provinceCode: "15" },
      { "idempotency-key": "k-3" },
    );
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
  });

  it("answers health and readiness", async () => {
    expect((await t.get("/healthz")).body).toEqual({ status: "ok" });
    expect((await t.get("/readyz")).body).toEqual({ status: "ready", worker: { lastPassAt: null } });
  });

  it("answers an unknown route with problem+json 404 and sets a request id", async () => {
    const res = await t.get("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("serves the docs page and its script from its own origin", async () => {
    const page = await t.app.request("/api/docs");
    const html = await page.text();
    expect(html).toContain('data-url="/api/openapi.json"');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await t.app.request("/api/docs/scalar.js");
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });

  it("refuses a body over 1 MB with a problem document, creating nothing", async () => {
    const n = await count();
    const res = await t.post(base, { name: "x".repeat(1024 * 1024), provinceCode: "73" });
    expect([res.status, res.body.code]).toEqual([413, "payload-too-large"]);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await count()).toBe(n);
  });
});
