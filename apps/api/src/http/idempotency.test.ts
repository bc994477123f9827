import { insertOrgFixture, type OrgFixture } from "@sinergi/db/testing";
import { beforeAll, expect, it } from "vitest";
import { describeApi, ifMatch, type TestResponse } from "../testing.ts";

/** Headers of one exchange: a replay has its own. */
const PER_REQUEST = new Set(["date", "x-request-id", "set-cookie", "idempotent-replayed"]);

/** Every header of an answer but the per-request ones, as name → value. */
const answerHeaders = (res: TestResponse) => {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!PER_REQUEST.has(name)) out[name] = value;
  });
  return out;
};

describeApi("idempotent replay", (t) => {
  let org: OrgFixture;
  beforeAll(async () => {
    org = await insertOrgFixture(t.db, { home: "barabai" });
  });

  /** Sends the same POST twice with one key; the second must be the first again, byte for byte. */
  async function replayed(path: string, body: unknown, headers: Record<string, string> = {}) {
    const key = `replay-${crypto.randomUUID()}`;
    const first = await t.post(path, body, { ...headers, "idempotency-key": key });
    expect(first.status, first.text).toBeLessThan(300);
    const again = await t.post(path, body, { ...headers, "idempotency-key": key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.status).toBe(first.status);
    expect(again.text).toBe(first.text);
    expect(answerHeaders(again)).toEqual(answerHeaders(first));
    return first;
  }

  it("replays a create with the same status, Location, ETag, content type and body, byte for byte", async () => {
    const first = await replayed("/api/v1/engagements", {
      facilityId: org.facilityId,
      partnerIds: [org.partnerIds[0]],
      kind: "coordination",
      date: "2025-11-10",
      summary: "Koordinasi layanan kesehatan",
      attendees: [{ name: "Kasi Pelayanan", role: "Kepala Seksi", side: "facility" }],
      followUps: [{ text: "Kirim data WBP", ownerName: "Kasi Pelayanan", dueDate: "2025-12-10" }],
    });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/api/v1/engagements/${first.body.id}`);
    expect(first.headers.get("etag")).toBe('"1"');
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    // The body keeps the order and form it was sent in (a JSON column would reorder its keys).
    expect(Object.keys(JSON.parse(first.text))[0]).toBe("id");
  });

  it("replays a lifecycle move with the same status, ETag and body, byte for byte", async () => {
    const drafted = await t.post("/api/v1/agreements", {
      kind: "pks",
      title: "PKS Peningkatan Budaya Literasi",
      facilityId: org.facilityId,
      partnerIds: [org.partnerIds[1]],
      fields: ["literacy"],
    });
    const proposed = await replayed(
      `/api/v1/agreements/${drafted.body.id}/propose`,
      { reason: "dikirim" },
      ifMatch(drafted),
    );
    expect(proposed.status).toBe(200);
    expect(proposed.headers.get("etag")).toBe('"2"');
  });

  it("replays a refusal it kept (a conflict) the same way", async () => {
    const drafted = await t.post("/api/v1/agreements", {
      kind: "pks",
      title: "PKS Layanan Kesehatan",
      facilityId: org.facilityId,
      partnerIds: [org.partnerIds[1]],
    });
    const key = `replay-${crypto.randomUUID()}`;
    const path = `/api/v1/agreements/${drafted.body.id}/negotiate`;
    const headers = { ...ifMatch(drafted), "idempotency-key": key };
    const first = await t.post(path, {}, headers);
    expect(first.status).toBe(409);
    const again = await t.post(path, {}, headers);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect([again.status, again.text]).toEqual([first.status, first.text]);
    expect(answerHeaders(again)).toEqual(answerHeaders(first));
  });
});
