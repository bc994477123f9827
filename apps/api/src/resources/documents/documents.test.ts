import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { MAX_DOCUMENT_BYTES } from "@sinergi/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeApi } from "../../testing.ts";
import { PDF_BYTES } from "../agreements/fixtures.ts";

/** The first bytes of a PNG and a JPEG: what the type sniffing reads. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2213cbc0000000049454e44ae426082",
  "hex",
);
const JPEG = Buffer.from(
  "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffd9",
  "hex",
);
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
/** A JSON answer's body. */
const json = async (r: Response) => (await r.json()) as Record<string, unknown> & { id: string };

describeApi("documents", (t) => {
  let org: OrgFixture;
  let as: Record<string, string>;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { home: "barabai" });
    const admin = await t.createUser("facility_admin", { kind: "facility", facilityId: org.facilityId });
    as = { cookie: await t.sessionCookie(admin.id), origin: "http://localhost" };
  });
  const upload = (
    body: NonNullable<RequestInit["body"]>,
    query: string,
    headers: Record<string, string> = {},
    who = as,
  ) => t.app.request(`/api/v1/documents?${query}`, { method: "POST", body, headers: { ...who, ...headers } });

  it("stores a raw PDF with the SHA-256 the server computes, owned by the uploader's facility", async () => {
    const res = await upload(PDF_BYTES, "purpose=signed_agreement&fileName=PKS%20Dinkes.pdf", {
      "content-type": "application/octet-stream",
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toMatchObject({
      purpose: "signed_agreement",
      fileName: "PKS Dinkes.pdf",
      mediaType: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      sha256: sha(PDF_BYTES),
      facilityId: org.facilityId,
      regionalOfficeId: null,
    });
    expect(res.headers.get("location")).toBe(`/api/v1/documents/${body.id}`);
    const row = await t.db
      .selectFrom("documents")
      .select(["content"])
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.content).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });

  it("takes a multipart part named file, reading the type from the bytes and not from the name", async () => {
    const form = new FormData();
    form.append("file", new Blob([PNG], { type: "application/pdf" }), "scan.pdf");
    const res = await upload(form, "purpose=evidence");
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({
      mediaType: "image/png",
      fileName: "scan.pdf",
      sha256: sha(PNG),
    });
    const jpeg = await upload(JPEG, "purpose=licence&fileName=slhs.jpg", { "content-type": "image/jpeg" });
    expect((await json(jpeg)).mediaType).toBe("image/jpeg");
  });

  it("refuses a file of another type with 415, an empty one with 422, and stores nothing", async () => {
    const before = (await t.db.selectFrom("documents").select("id").execute()).length;
    const exe = await upload(
      Buffer.from("MZ\x90\x00\x03\x00\x00\x00 this is not a scan"),
      "purpose=evidence&fileName=a.pdf",
      {
        "content-type": "application/pdf",
      },
    );
    expect(exe.status).toBe(415);
    expect((await json(exe)).code).toBe("document/unsupported-type");
    const jsonBody = await upload(JSON.stringify({ a: 1 }), "purpose=evidence", {
      "content-type": "application/json",
    });
    expect(jsonBody.status).toBe(415);
    const empty = await upload(new Uint8Array(), "purpose=evidence", { "content-type": "application/pdf" });
    expect(empty.status).toBe(422);
    const noPart = new FormData();
    noPart.append("other", "x");
    expect((await upload(noPart, "purpose=evidence")).status).toBe(422);
    const badPurpose = await upload(PDF_BYTES, "purpose=selfie", { "content-type": "application/pdf" });
    expect(badPurpose.status).toBe(400);
    expect((await t.db.selectFrom("documents").select("id").execute()).length).toBe(before);
  });

  it("refuses to file a document under another facility like a missing one", async () => {
    const away = await insertOrgFixture(t.db);
    const other = await upload(PDF_BYTES, `purpose=evidence&facilityId=${away.facilityId}`, {
      "content-type": "application/pdf",
    });
    const missing = await upload(
      PDF_BYTES,
      "purpose=evidence&facilityId=00000000-0000-4000-8000-00000000beef",
      {
        "content-type": "application/pdf",
      },
    );
    expect(other.status).toBe(422);
    expect(await json(other)).toEqual(await json(missing));
  });

  it("serves the bytes to those in scope with their type, auditing each download, and hides it from others", async () => {
    const up = await json(
      await upload(PDF_BYTES, "purpose=signed_agreement&fileName=pks.pdf", {
        "content-type": "application/pdf",
      }),
    );
    const audits = async () =>
      (
        await t.db
          .selectFrom("auditLog")
          .selectAll()
          .where("resourceType", "=", "document")
          .where("resourceId", "=", up.id)
          .where("action", "=", "download")
          .execute()
      ).length;
    for (let i = 0; i < 2; i++) {
      const res = await t.app.request(`/api/v1/documents/${up.id}/content`, { headers: as });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toContain('filename="pks.pdf"');
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
    }
    expect(await audits()).toBe(2);
    const facts = await t.app.request(`/api/v1/documents/${up.id}`, { headers: as });
    expect(facts.headers.get("etag")).toBe('"1"');
    const away = await insertOrgFixture(t.db);
    const stranger = await t.createUser("facility_admin", { kind: "facility", facilityId: away.facilityId });
    const theirs = { cookie: await t.sessionCookie(stranger.id), origin: "http://localhost" };
    const hidden = await t.app.request(`/api/v1/documents/${up.id}/content`, { headers: theirs });
    const none = await t.app.request("/api/v1/documents/00000000-0000-4000-8000-00000000beef/content", {
      headers: theirs,
    });
    expect(hidden.status).toBe(404);
    expect(await json(hidden)).toEqual(await json(none));
    expect(await audits()).toBe(2);
  });

  describe20MB(t);
});

/** The 20 MB cap over a real HTTP connection: exactly 20 MB is stored, one byte more is a 413. */
function describe20MB(t: Parameters<Parameters<typeof describeApi>[1]>[0]): void {
  let server: ServerType;
  let port = 0;
  beforeAll(async () => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("stores a 20 MB scan and refuses one byte more with 413, the connection still answering", async () => {
    const cookie = await t.sessionCookie(t.adminId);
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20);
    PDF_BYTES.forEach((b, i) => {
      big[i] = b;
    });
    const post = (body: Buffer) =>
      fetch(`http://127.0.0.1:${port}/api/v1/documents?purpose=signed_agreement&fileName=big.pdf`, {
        method: "POST",
        body: Uint8Array.from(body),
        headers: { cookie, origin: `http://127.0.0.1:${port}`, "content-type": "application/pdf" },
      });
    const ok = await post(big);
    expect(ok.status).toBe(201);
    expect((await json(ok)).sizeBytes).toBe(MAX_DOCUMENT_BYTES);
    const over = await post(Buffer.concat([big, Buffer.from(" ")]));
    expect(over.status).toBe(413);
    expect((await json(over)).code).toBe("document/too-large");
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  }, 60_000);
}
