import { Hono } from "hono";
import { cors } from "hono/cors";
import { describe, expect, it } from "vitest";
import { apiCors } from "./api-cors.ts";

const allowed = ["http://localhost:5173"];

/** The same small app behind Hono's own `cors` (as the API had it) or behind `apiCors`. */
function app(withOurs: boolean): Hono {
  const a = new Hono();
  a.use(
    "/api/*",
    withOurs
      ? apiCors(allowed)
      : cors({
          origin: (origin) => (allowed.includes(origin) ? origin : null),
          credentials: true,
          allowHeaders: ["content-type", "if-match", "idempotency-key", "authorization"],
          exposeHeaders: ["etag", "location", "x-request-id", "idempotent-replayed", "retry-after"],
        }),
  );
  a.get("/api/thing", (c) => {
    c.header("ETag", '"1"');
    return c.json({ ok: true });
  });
  a.get("/api/vary", (c) => c.json({ ok: true }, 200, { Vary: "Cookie" }));
  a.get("/api/broken", () => {
    throw new Error("broken");
  });
  a.onError((_e, c) => c.json({ status: 500 }, 500));
  return a;
}

async function answer(a: Hono, path: string, init: RequestInit) {
  const res = await a.request(path, init);
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: res.status, body: await res.text(), headers };
}

describe("CORS on the API's routes", () => {
  const cases: [string, string, RequestInit][] = [
    ["a read from an allowed origin", "/api/thing", { headers: { origin: allowed[0] ?? "" } }],
    ["a read from another origin", "/api/thing", { headers: { origin: "https://evil.example" } }],
    ["a read without an origin", "/api/thing", {}],
    ["an answer with its own Vary", "/api/vary", { headers: { origin: allowed[0] ?? "" } }],
    ["an error answer", "/api/broken", { headers: { origin: allowed[0] ?? "" } }],
    [
      "a preflight",
      "/api/thing",
      {
        method: "OPTIONS",
        headers: { origin: allowed[0] ?? "", "access-control-request-method": "POST" },
      },
    ],
  ];

  it.each(cases)("answers %s with the headers and body Hono's cors gives", async (_name, path, init) => {
    expect(await answer(app(true), path, init)).toEqual(await answer(app(false), path, init));
  });

  it("names an allowed origin and no other", async () => {
    const yes = await answer(app(true), "/api/thing", { headers: { origin: allowed[0] ?? "" } });
    expect(yes.headers["access-control-allow-origin"]).toBe(allowed[0]);
    const no = await answer(app(true), "/api/thing", { headers: { origin: "https://evil.example" } });
    expect(no.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
