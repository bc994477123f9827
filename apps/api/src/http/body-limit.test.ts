import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeApi } from "../testing.ts";
import { MAX_BODY_BYTES } from "./body-limit.ts";

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  readonly reusedSocket: boolean;
}

/** One request over `agent`; a body is sent whole (Content-Length) or in 64 KB chunks (chunked). */
function send(
  port: number,
  agent: http.Agent,
  options: {
    method: string;
    path: string;
    body?: Buffer;
    chunked?: boolean;
    headers?: Record<string, string>;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      ...options.headers,
    };
    if (options.body && !options.chunked) headers["content-length"] = options.body.length;
    const req = http.request({
      host: "127.0.0.1",
      port,
      agent,
      method: options.method,
      path: options.path,
      headers,
    });
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => {
        body += d;
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, reusedSocket: req.reusedSocket }),
      );
    });
    req.on("error", reject);
    const body = options.body;
    if (body) for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
    req.end();
  });
}

describeApi("oversized bodies over a real HTTP connection", (t) => {
  let server: ServerType;
  let port = 0;
  beforeAll(async () => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const oversized = Buffer.alloc(2 * MAX_BODY_BYTES, "x");

  it("answers a 413 and then the next request on the same kept-alive connection, many times in a row", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const cookie = await t.sessionCookie(t.adminId);
    try {
      let reused = 0;
      for (let round = 0; round < 20; round++) {
        const chunked = round % 2 === 1;
        const refused = await send(port, agent, {
          method: "POST",
          path: "/api/v1/regional-offices",
          body: oversized,
          chunked,
          headers: { cookie, origin: `http://127.0.0.1:${port}` },
        });
        expect([round, refused.status, refused.headers["content-type"]]).toEqual([
          round,
          413,
          "application/problem+json",
        ]);
        expect(JSON.parse(refused.body).code).toBe("payload-too-large");
        const next = await send(port, agent, { method: "GET", path: "/api/v1/auth/me", headers: { cookie } });
        expect([round, next.status]).toEqual([round, 200]);
        if (next.reusedSocket) reused += 1;
      }
      // The connection stayed open through the refusals rather than being replaced each time.
      expect(reused).toBeGreaterThanOrEqual(19);
    } finally {
      agent.destroy();
    }
  });

  it("answers both an oversized body and the request written right after it on one socket", async () => {
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((r) => socket.once("connect", r));
    let received = "";
    socket.on("data", (d: Buffer) => {
      received += d.toString("latin1");
    });
    const chunk = (b: Buffer) =>
      Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from("\r\n")]);
    socket.write(`POST /api/v1/regional-offices HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n`);
    socket.write(`Content-Length: ${oversized.length}\r\n\r\n`);
    socket.write(oversized);
    socket.write("POST /api/v1/regional-offices HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n");
    socket.write("Transfer-Encoding: chunked\r\n\r\n");
    for (let i = 0; i < oversized.length; i += 100_000)
      socket.write(chunk(oversized.subarray(i, i + 100_000)));
    socket.write("0\r\n\r\n");
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const deadline = Date.now() + 10_000;
    while (!received.includes('{"status":"ok"}') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    socket.destroy();
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]);
    expect(statuses).toEqual(["413", "413", "200"]);
  });

  it("closes with Connection: close when the body is too large to drop, and the client carries on", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const huge = await send(port, agent, {
        method: "POST",
        path: "/api/v1/regional-offices",
        body: Buffer.alloc(20 * 1024 * 1024, "x"),
      }).catch((e: Error) => e);
      // The server stops reading; the client sees the 413 or, while still writing, the socket end.
      if (!(huge instanceof Error)) {
        expect(huge.status).toBe(413);
        expect(huge.headers.connection).toBe("close");
      }
      const next = await send(port, agent, { method: "GET", path: "/healthz" });
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("still reads a body of exactly the limit, sent whole or chunked", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const cookie = await t.sessionCookie(t.adminId);
    try {
      const name = "x".repeat(MAX_BODY_BYTES - 40);
      const body = Buffer.from(JSON.stringify({ name, provinceCode: "33" }).padEnd(MAX_BODY_BYTES, " "));
      expect(body.length).toBe(MAX_BODY_BYTES);
      for (const chunked of [false, true]) {
        const res = await send(port, agent, {
          method: "POST",
          path: "/api/v1/regional-offices",
          body,
          chunked,
          headers: { cookie, origin: `http://127.0.0.1:${port}` },
        });
        // Read whole: the name is refused by its schema (too long), not by the size of the body.
        expect([res.status, JSON.parse(res.body).errors[0].field]).toEqual([422, "name"]);
      }
    } finally {
      agent.destroy();
    }
  });
});
