import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { testBackends } from "@sinergi/db/testing";
import { domainError } from "@sinergi/domain";
import { HTTPException } from "hono/http-exception";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { constraintFields, databaseProblem, domainProblem, statusFor, toProblem } from "./error-map.ts";
import { ProblemError } from "./problem.ts";

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

const domainSrc = fileURLToPath(new URL("../../../../packages/domain/src/", import.meta.url));

describe("domain errors as problems", () => {
  it("has every folder's error code union in DomainErrorCode, which the status table covers", () => {
    const unions = readdirSync(domainSrc, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => {
        const file = join(domainSrc, e.name, "errors.ts");
        const text = readdirSync(join(domainSrc, e.name)).includes("errors.ts")
          ? readFileSync(file, "utf8")
          : "";
        return [...text.matchAll(/export type (\w+ErrorCode)\b/g)].map((m) => m[1] ?? "");
      });
    expect(unions.length).toBeGreaterThan(5);
    const index = readFileSync(join(domainSrc, "error-codes.ts"), "utf8");
    expect(unions.filter((u) => !new RegExp(`\\|\\s*${u}\\b`).test(index))).toEqual([]);
  });

  it("gives each code its status: 409 for a state that forbids the move, 422 for a wrong request", () => {
    expect(statusFor(domainError("agreement/not-signable", "x"))).toBe(409);
    expect(statusFor(domainError("inmate/nik-birth-date-mismatch", "x", { field: "nik" }))).toBe(422);
    expect(statusFor(domainError("user/scope-misfit", "x"))).toBe(422);
  });

  it("puts a sentence in detail and the rule's facts in context, never a JSON string", () => {
    const error = domainError("agreement/not-signable", "cannot sign yet: missing signedDocument", {
      detail: { missing: ["signedDocument"] },
    });
    const problem = domainProblem(error).toProblem();
    expect(problem.detail).toMatch(/^[A-Z].*\.$/);
    expect(isJson(problem.detail ?? "")).toBe(false);
    expect(problem.detail).not.toContain("signedDocument");
    expect(problem.context).toEqual({ missing: ["signedDocument"] });
    const plain = domainProblem(
      domainError("cohort/reason-required", "a reason is needed", { field: "reason" }),
    );
    expect(plain.toProblem()).toMatchObject({ status: 422, errors: [{ field: "reason" }] });
    expect(plain.toProblem().context).toBeUndefined();
  });
});

describe("other errors as problems", () => {
  it("answers a fault with 500 naming only the request id", () => {
    const p = toProblem(new Error('invalid input syntax for type uuid: "3373011505900001"'), "req-1");
    expect(p).toMatchObject({ status: 500, code: "internal" });
    expect(JSON.stringify(p)).not.toContain("3373011505900001");
    expect(p.detail).toContain("req-1");
  });

  it("words Hono's refusals itself instead of copying their messages", () => {
    const json = toProblem(new HTTPException(400, { message: "Malformed JSON in request body" }), "r");
    expect(json).toMatchObject({ status: 400, code: "malformed-json", errors: [{ field: "(body)" }] });
    const form = toProblem(
      new HTTPException(400, { message: "Malformed FormData request. 3373011505900001" }),
      "r",
    );
    expect(JSON.stringify(form)).not.toContain("3373011505900001");
  });

  it("keeps a ProblemError as it is", () => {
    const p = toProblem(new ProblemError(404, "not-found", "Inmate not found"), "r");
    expect(p).toMatchObject({ status: 404, code: "not-found", title: "Inmate not found" });
  });

  it("reads the field from a constraint's column, key names or check name, never its values", () => {
    expect(constraintFields({ column: "owner_name" })).toEqual(["ownerName"]);
    expect(
      constraintFields({ detail: "Key (facility_id, nik)=(abc, 3373011505900001) already exists." }),
    ).toEqual(["facilityId", "nik"]);
    expect(constraintFields({ detail: "Key (lower(email))=(x) already exists." })).toEqual([]);
    expect(constraintFields({ constraint: "facilities_time_zone_check", table: "facilities" })).toEqual([
      "timeZone",
    ]);
    expect(constraintFields({ constraint: "agreements_check3", table: "agreements" })).toEqual([]);
  });
});

describe.each(testBackends())("PostgreSQL refusals as problems on $name", (backend) => {
  it("maps each constraint and data error to a 4xx naming the field, never quoting the row", async () => {
    const { db, close } = await backend.open();
    try {
      await sql`create table probe (
        id int primary key,
        email text unique,
        amount int check (amount > 0),
        parent_id int references probe(id),
        owner_name text not null,
        ref uuid,
        small smallint,
        short varchar(4),
        born date
      )`.execute(db);
      await sql`insert into probe values (1, 'a@b.c', 1, null, 'Agus', null, 1, 'x', null)`.execute(db);
      const refused = async (statement: ReturnType<typeof sql>) => {
        try {
          await statement.execute(db);
        } catch (e) {
          return databaseProblem(e);
        }
        throw new Error("the statement was accepted");
      };
      const nik = "3373011505900001";
      const cases = [
        [
          sql`insert into probe values (2, 'a@b.c', 1, null, 'x', null, 1, 'x', null)`,
          409,
          "conflict/duplicate",
          ["email"],
        ],
        [
          sql`insert into probe values (2, ${nik}, 0, null, 'x', null, 1, 'x', null)`,
          422,
          "validation/constraint",
          ["amount"],
        ],
        [
          sql`insert into probe values (2, 'q', 1, 99, 'x', null, 1, 'x', null)`,
          422,
          "validation/reference",
          ["parentId"],
        ],
        [
          sql`insert into probe values (2, ${nik}, 1, null, null, null, 1, 'x', null)`,
          422,
          "validation/required",
          ["ownerName"],
        ],
        [
          sql`insert into probe values (2, 'q', 1, null, 'x', ${nik}, 1, 'x', null)`,
          422,
          "validation/representation",
          [],
        ],
        [
          sql`insert into probe values (2, 'q', 1, null, 'x', null, ${Number(nik)}, 'x', null)`,
          422,
          "validation/out-of-range",
          [],
        ],
        [
          sql`insert into probe values (2, 'q', 1, null, 'x', null, 1, ${nik}, null)`,
          422,
          "validation/too-long",
          [],
        ],
        [
          sql`insert into probe values (2, 'q', 1, null, 'x', null, 1, 'x', '1990-02-30')`,
          422,
          "validation/date",
          [],
        ],
        [
          sql`insert into probe values (2, 'q', 1, null, ${`a\u0000${nik}`}, null, 1, 'x', null)`,
          422,
          "validation/text",
          [],
        ],
      ] as const;
      for (const [statement, status, code, fields] of cases) {
        const p = await refused(statement);
        expect({ status: p?.status, code: p?.code, fields: p?.errors?.map((e) => e.field) ?? [] }).toEqual({
          status,
          code,
          fields,
        });
        const text = JSON.stringify(p);
        expect(text).not.toContain(nik);
        expect(text).not.toContain("a@b.c");
        expect(isJson(p?.detail ?? "")).toBe(false);
      }
      await sql`insert into probe values (2, 'q', 1, 1, 'x', null, 1, 'x', null)`.execute(db);
      const referenced = await refused(sql`delete from probe where id = 1`);
      expect([referenced?.status, referenced?.code, referenced?.errors]).toEqual([
        409,
        "conflict/referenced",
        undefined,
      ]);
      expect(databaseProblem(new Error("connection reset"))).toBeUndefined();
    } finally {
      await close();
    }
  });
});
