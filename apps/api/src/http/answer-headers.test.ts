import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../context.ts";
import { answerHeaders, noStore, SECURITY_HEADERS } from "./answer-headers.ts";

function testApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(answerHeaders());
  app.use("/api/v1/*", noStore());
  app.get("/api/v1/plain", (c) => c.json({ id: c.get("requestId") }));
  app.get("/api/v1/own", (c) => {
    c.header("Cache-Control", "private, max-age=60");
    c.header("X-Frame-Options", "DENY");
    return c.json({ id: c.get("requestId") });
  });
  app.get(
    "/api/v1/response",
    () => new Response("made by hand", { headers: { "content-type": "text/plain" } }),
  );
  app.get("/api/v1/fails", () => {
    throw new Error("boom");
  });
  app.onError((_e, c) => c.json({ failed: true }, 500));
  app.get("/outside", (c) => c.text("not the API"));
  return app;
}

type Fetch = (path: string, headers?: Record<string, string>) => Promise<Response>;

/** The same expectations served both ways: by the Node server, and by `app.request` as tests do. */
function expectations(name: string, fetcher: () => Fetch) {
  describe(name, () => {
    it("gives every answer the security headers and a request id, errors and hand-made answers too", async () => {
      for (const path of ["/api/v1/plain", "/api/v1/response", "/api/v1/fails", "/outside", "/nowhere"]) {
        const res = await fetcher()(path);
        for (const [header, value] of SECURITY_HEADERS) expect(res.headers.get(header), path).toBe(value);
        expect(res.headers.get("x-request-id"), path).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it("keeps a plain request id the client sent and replaces one that is not plain", async () => {
      const kept = await fetcher()("/api/v1/plain", { "x-request-id": "client-42=" });
      expect(kept.headers.get("x-request-id")).toBe("client-42=");
      expect(await kept.json()).toEqual({ id: "client-42=" });
      for (const sent of ["has space", "x".repeat(256), "a;b"]) {
        const res = await fetcher()("/api/v1/plain", { "x-request-id": sent });
        const id = res.headers.get("x-request-id");
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(await res.json()).toEqual({ id });
      }
    });

    it("marks the API's answers no-store, but not other paths, and lets a handler set its own", async () => {
      expect((await fetcher()("/api/v1/plain")).headers.get("cache-control")).toBe("no-store");
      expect((await fetcher()("/api/v1/fails")).headers.get("cache-control")).toBe("no-store");
      expect((await fetcher()("/outside")).headers.get("cache-control")).toBeNull();
      const own = await fetcher()("/api/v1/own");
      expect(own.headers.get("cache-control")).toBe("private, max-age=60");
      expect(own.headers.get("x-frame-options")).toBe("DENY");
      expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    });
  });
}

expectations("answer headers through app.request", () => {
  const app = testApp();
  return (path, headers = {}) => Promise.resolve(app.request(path, { headers }));
});

let server: ServerType;
let base = "";
beforeAll(async () => {
  server = serve({ port: 0, hostname: "127.0.0.1", fetch: testApp().fetch });
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

expectations(
  "answer headers through the Node server",
  () =>
    (path, headers = {}) =>
      fetch(`${base}${path}`, { headers }),
);
