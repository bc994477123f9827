import fc from "fast-check";
import { expect, it } from "vitest";
import { describeApi, type TestResponse } from "../testing.ts";

/** Values a person could submit where they do not belong: NIKs (plain or grouped), dates, free text. */
const submitted = fc.oneof(
  fc.stringMatching(/^[1-9]\d{15}$/),
  fc.stringMatching(/^\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}$/),
  fc
    .date({
      noInvalidDate: true,
      min: new Date("1940-01-01T00:00:00Z"),
      max: new Date("2030-01-01T00:00:00Z"),
    })
    .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10))),
  fc.string({ minLength: 8, maxLength: 40 }).filter((s) => s.trim().length >= 8),
);

/** How the value is sent: as a wrong-typed field, inside a list, under an unknown key, in the query or path. */
type Send = (t: Parameters<Parameters<typeof describeApi>[1]>[0], value: string) => Promise<TestResponse>;

const sends: Record<string, Send> = {
  "a number where text belongs": (t, value) =>
    t.post("/api/v1/regional-offices", {
      name: Number(value.replace(/\D/g, "").slice(0, 15) || "12345678"),
      provinceCode: value,
    }),
  "text where a number belongs": (t, value) => t.post("/api/v1/facilities", { capacity: value }),
  "text where a list belongs": (t, value) => t.post("/api/v1/agreements", { kind: "pks", partnerIds: value }),
  "a list where text belongs": (t, value) => t.post("/api/v1/inmates", { nik: [value], birthDate: [value] }),
  "text where an object belongs": (t, value) => t.post("/api/v1/users", { scope: value, role: value }),
  "text where true or false belongs": (t, value) => t.post("/api/v1/regional-offices", { name: { value } }),
  "an unknown field": (t, value) =>
    t.post("/api/v1/regional-offices", { name: "Kanwil X", provinceCode: "33", signedAt: value }),
  "an unknown field in a move": (t, value) =>
    t.post("/api/v1/auth/password", { currentPassword: value, newPassword: { value }, birthDate: value }),
  "a query parameter": (t, value) =>
    t.get(`/api/v1/inmates?limit=${encodeURIComponent(value)}&facilityId=${encodeURIComponent(value)}`),
  "an unknown query parameter": (t, value) => t.get(`/api/v1/agreements?nik=${encodeURIComponent(value)}`),
  "a path id": (t, value) => t.get(`/api/v1/inmates/${encodeURIComponent(value)}`),
};

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describeApi("error documents", (t) => {
  it("never repeat a submitted value, and their detail is a sentence", async () => {
    await fc.assert(
      fc.asyncProperty(submitted, fc.constantFrom(...Object.keys(sends)), async (value, how) => {
        const res = await (sends[how] as Send)(t, value);
        expect(res.status, how).toBeGreaterThanOrEqual(400);
        expect(res.status, how).toBeLessThan(500);
        const text = JSON.stringify(res.body);
        expect(text, how).not.toContain(JSON.stringify(value).slice(1, -1));
        expect(text, how).not.toContain(
          value.replace(/\D/g, "").length >= 8 ? value.replace(/\D/g, "") : "\u0000",
        );
        expect(text, how).not.toMatch(/Invalid \w+: |received/i);
        const detail = (res.body as { detail?: unknown }).detail;
        if (detail !== undefined) expect(isJson(String(detail)), how).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it("word an unknown field and a wrong type plainly", async () => {
    const unknown = await t.post("/api/v1/regional-offices", {
      name: "Kanwil X",
      provinceCode: "33",
      signedAt: "x",
    });
    expect(unknown.body.errors).toEqual([{ field: "signedAt", message: "is not a known field" }]);
    const list = await t.post("/api/v1/agreements", { kind: "pks", partnerIds: "3373011505900001" });
    expect(list.body.errors).toContainEqual({ field: "partnerIds", message: "must be a list" });
    const path = await t.get("/api/v1/inmates/3373011505900001");
    expect([path.status, path.body.errors]).toEqual([400, [{ field: "path.id", message: "must be a UUID" }]]);
  });
});
