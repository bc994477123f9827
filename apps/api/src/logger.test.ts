import { sql } from "kysely";
import { expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createLogger } from "./logger.ts";
import { describeApi } from "./testing.ts";

/** Every form of the personal values below that must never reach a log. */
const PERSONAL = [
  "3373011505900001",
  "3373 0115 0590 0001",
  "3373-01-150590-0001",
  "3373%20",
  "1990-05-15",
  "15-05-1990",
  "15 Mei 1990",
  "Agus",
];

/** The app as main.ts builds it, logging to memory instead of stdout. */
function loggedApp(db: Parameters<typeof createApp>[0]["db"]) {
  const lines: string[] = [];
  const logger = createLogger({ destination: { write: (line: string) => void lines.push(line) } });
  return { app: createApp({ db, logger }), lines, parsed: () => lines.map((l) => JSON.parse(l)) };
}

describeApi("the request log", (t) => {
  it("writes one structured line per request, with request-supplied text redacted", async () => {
    const { app, lines, parsed } = loggedApp(t.db);
    const cookie = await t.sessionCookie(t.adminId);
    const res = await app.request(
      `/api/v1/inmates/${encodeURIComponent("3373 0115 0590 0001")}?q=3373-01-150590-0001&cursor=MTk5MC0wNS0xNQ`,
      {
        headers: {
          cookie,
          "x-request-id": "3373011505900001",
          "user-agent": "Agus lahir 15 Mei 1990",
          referer: "http://x/?birth=1990-05-15",
        },
      },
    );
    expect(res.status).toBe(400);
    const again = await app.request("/api/v1/inmates?q=Agus%201990-05-15", { headers: { cookie } });
    expect(again.status).toBe(200);
    expect(lines).toHaveLength(2);
    const [first, second] = parsed();
    expect(first).toMatchObject({
      level: "info",
      msg: "request",
      requestId: "[nik]",
      method: "GET",
      route: "/api/v1/inmates/:id",
      path: "/api/v1/inmates/[nik]",
      query: ["q", "cursor"],
      status: 400,
      errorName: "ProblemError",
      errorCode: "validation",
    });
    expect(typeof first.durationMs).toBe("number");
    expect(typeof first.time).toBe("string");
    expect(second).toMatchObject({
      route: "/api/v1/inmates",
      path: "/api/v1/inmates",
      query: ["q"],
      status: 200,
    });
    expect(second.requestId).toBe(again.headers.get("x-request-id"));
    for (const p of PERSONAL) expect(lines.join("\n")).not.toContain(p);
  });

  it("logs a 5xx with its cause redacted, though the database quoted the value it refused", async () => {
    const { app, lines, parsed } = loggedApp(t.db);
    const cookie = await t.sessionCookie(t.adminId);
    // A database fault whose message quotes the row (as PostgreSQL's own messages do).
    await sql
      .raw(`create function refuse_office() returns trigger language plpgsql as $$
        begin raise exception 'cannot store % (born 15-05-1990)', new.name; end $$`)
      .execute(t.db);
    await sql
      .raw(
        "create trigger refuse_office before insert on regional_offices for each row execute function refuse_office()",
      )
      .execute(t.db);
    try {
      const res = await app.request("/api/v1/regional-offices", {
        method: "POST",
        headers: { cookie, origin: "http://localhost", "content-type": "application/json" },
        body: JSON.stringify({ name: "Agus 3373 0115 0590 0001", provinceCode: "33" }),
      });
      expect(res.status).toBe(500);
      const body = await res.text();
      for (const p of PERSONAL) expect(body).not.toContain(p);
    } finally {
      await sql.raw("drop trigger refuse_office on regional_offices").execute(t.db);
      await sql.raw("drop function refuse_office()").execute(t.db);
    }
    const [line] = parsed();
    expect(line).toMatchObject({
      level: "error",
      msg: "request failed",
      method: "POST",
      route: "/api/v1/regional-offices",
      status: 500,
      errorCode: "P0001",
    });
    expect(line.errorMessage).toContain("cannot store");
    expect(line.errorMessage).toContain("[nik]");
    expect(line.errorMessage).toContain("[date]");
    expect(line.errorStack.length).toBeGreaterThan(0);
    const text = lines.join("\n");
    // "Agus" is the one word of the name the redactor cannot know: the message still holds it, so
    // check the patterns only for the rest.
    for (const p of PERSONAL.filter((x) => x !== "Agus")) expect(text).not.toContain(p);
  });
});
