import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeApi } from "../testing.ts";

/**
 * @hono/node-server writes an answer made from a string or bytes at once; once anything reads the answer's
 * body (`res.body`, `res.text()`), it becomes a web Response whose stream the server must pump, which cost
 * about a sixth of the API's own CPU on a read by id. Whether an answer is still the light kind shows in
 * the server's private cache slot.
 */
const isLight = (res: Response) => Object.getOwnPropertySymbols(res).some((s) => s.description === "cache");

describeApi("answers written at once by the Node server", (t) => {
  let server: ServerType;
  let base = "";
  const light: boolean[] = [];
  beforeAll(async () => {
    server = serve({
      port: 0,
      hostname: "127.0.0.1",
      fetch: async (req, env) => {
        const res = await t.app.fetch(req, env);
        light.push(isLight(res));
        return res;
      },
    });
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    light.length = 0;
    const cookie = await t.sessionCookie(t.adminId);
    const res = await fetch(`${base}${path}`, { headers: { cookie, ...headers } });
    await res.arrayBuffer();
    return { status: res.status, light: [...light] };
  };

  it("keeps a read by id (with its ETag), a list page, a gzipped page and a problem light", async () => {
    const office = await t.post("/api/v1/regional-offices", { name: "Kanwil Maluku", provinceCode: "81" });
    for (let i = 0; i < 12; i++)
      await t.post("/api/v1/partners", { kind: "government_agency", name: `Dinas Pendidikan ${i}` });
    expect(await get(`/api/v1/regional-offices/${office.body.id}`)).toEqual({ status: 200, light: [true] });
    const plain = { "accept-encoding": "identity" };
    expect(await get("/api/v1/partners?limit=50", plain)).toEqual({ status: 200, light: [true] });
    expect(await get("/api/v1/partners?limit=50", { "accept-encoding": "gzip" })).toEqual({
      status: 200,
      light: [true],
    });
    expect(await get("/api/v1/agreements/00000000-0000-4000-8000-000000000000", plain)).toEqual({
      status: 404,
      light: [true],
    });
  });
});
