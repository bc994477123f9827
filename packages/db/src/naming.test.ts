import {
  CamelCasePlugin,
  type Compilable,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import { describe, expect, it } from "vitest";
import { CamelCaseRows, snakeCaseNames } from "./naming.ts";
import type { Database } from "./schema/index.ts";

const dialect = {
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => new DummyDriver(),
  createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
  createQueryCompiler: () => new PostgresQueryCompiler(),
};
// Kysely's own plugin, rewriting each tree, against ours, renaming while compiling.
const theirs = new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
const names = new CamelCaseRows();
const ours = new Kysely<Database>({ dialect: snakeCaseNames(dialect, names), plugins: [names] });

const statements: [string, (db: Kysely<Database>) => Compilable][] = [
  [
    "a select with joins, aliases, a CTE, a subquery, JSON helpers and raw references",
    (db) =>
      db
        .with("recentCohorts", (w) =>
          w.selectFrom("cohorts").select(["id", "facilityId"]).where("startDate", ">", "2026-01-01"),
        )
        .selectFrom("enrollments as e")
        .innerJoin("recentCohorts as rc", "rc.id", "e.cohortId")
        .selectAll("e")
        .select((eb) => [
          jsonArrayFrom(
            eb
              .selectFrom("attendance")
              .select(["sessionDate", "present"])
              .whereRef("attendance.enrollmentId", "=", "e.id"),
          ).as("attendanceMarks"),
          jsonObjectFrom(
            eb.selectFrom("cohorts").select(["programId"]).whereRef("cohorts.id", "=", "e.cohortId"),
          ).as("cohortOf"),
          sql<string>`${sql.ref("e.enrolledAt")}::text`.as("enrolledText"),
          sql.id("e", "facilityId").as("facilityIdAgain"),
        ])
        .where("e.inmateId", "in", ["a", "b"])
        .where((eb) =>
          eb.or([
            eb("e.state", "=", "enrolled"),
            eb.exists(
              eb.selectFrom("certificates").select("id").whereRef("certificates.enrollmentId", "=", "e.id"),
            ),
          ]),
        )
        .orderBy("e.enrolledAt", "desc")
        .limit(51),
  ],
  [
    "an insert with a conflict clause and returning",
    (db) =>
      db
        .insertInto("regionalOffices")
        .values({ id: "x", name: "Kanwil", provinceCode: "33", createdAt: "t", updatedAt: "t" })
        .onConflict((oc) =>
          oc.column("provinceCode").doUpdateSet({ updatedAt: (eb) => eb.ref("excluded.updatedAt") }),
        )
        .returning(["id", "createdAt"]),
  ],
  [
    "an update from another table and a delete",
    (db) =>
      db
        .updateTable("sessions")
        .set({ lastSeenAt: "now" })
        .from("users")
        .whereRef("users.id", "=", "sessions.userId")
        .where("users.mustChangePassword", "=", false)
        .returningAll("sessions"),
  ],
  ["a delete", (db) => db.deleteFrom("sessions").where("expiresAt", "<", "t").returning("tokenHash")],
  [
    "schema changes",
    (db) =>
      db.schema
        .createTable("someTable")
        .addColumn("facilityId", "uuid", (c) => c.notNull().references("facilities.id"))
        .addColumn("createdAt", "timestamptz")
        .addUniqueConstraint("someTable_facilityId_key", ["facilityId", "createdAt"]),
  ],
  [
    "a raw statement",
    (db) => ({
      compile: () => sql`select ${sql.ref("inmates.facilityId")} from ${sql.table("inmates")}`.compile(db),
    }),
  ],
];

describe("identifiers renamed while compiling", () => {
  it.each(statements)("writes the same SQL and values as CamelCasePlugin for %s", (_name, build) => {
    const want = build(theirs).compile();
    const got = build(ours).compile();
    expect(got.sql).toBe(want.sql);
    expect(got.parameters).toEqual(want.parameters);
  });

  it("maps rows to camelCase as CamelCasePlugin does, nested objects included", async () => {
    const result = {
      rows: [
        { facility_id: "f", attendance_marks: [{ session_date: "d" }], cohort_of: { program_id: "p" } },
        {
          signed_at: new Date(0),
          field_codes: ["a_b", 1, null],
          end_reason: null,
          file_bytes: Buffer.from("x"),
          certification_scheme: { competency_units: [{ unit_code: "u" }], no_proto: Object.create(null) },
        },
      ],
    };
    const queryId = { queryId: "q" };
    expect(await names.transformResult({ result, queryId })).toEqual(
      await new CamelCasePlugin().transformResult({ result, queryId }),
    );
  });
});
