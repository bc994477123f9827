import { expect, it } from "vitest";
import { createApp } from "../app.ts";
import { describeApi } from "../testing.ts";

describeApi("cookie writes behind a reverse proxy that ends TLS", (t) => {
  const write = async (trustProxy: boolean, headers: Record<string, string>) => {
    const app = createApp({ db: t.db, trustProxy });
    const res = await app.request("http://sinergi.example/api/v1/regional-offices", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: await t.sessionCookie(t.adminId),
        "if-match": "*",
        ...headers,
      },
      body: JSON.stringify({ name: `Kanwil ${crypto.randomUUID().slice(0, 8)}`, provinceCode: "33" }),
    });
    return { status: res.status, code: ((await res.json()) as { code?: string }).code };
  };

  it("accepts the public https origin when a trusted proxy says the request came over https", async () => {
    const res = await write(true, { origin: "https://sinergi.example", "x-forwarded-proto": "https" });
    expect(res.status).toBe(201);
  });

  it("ignores the forwarded scheme when no proxy is trusted, so the https origin is another site", async () => {
    const res = await write(false, { origin: "https://sinergi.example", "x-forwarded-proto": "https" });
    expect(res).toEqual({ status: 403, code: "auth/cross-site-refused" });
  });

  it("still refuses another site's origin behind the trusted proxy", async () => {
    const res = await write(true, { origin: "https://evil.example", "x-forwarded-proto": "https" });
    expect(res).toEqual({ status: 403, code: "auth/cross-site-refused" });
  });
});
