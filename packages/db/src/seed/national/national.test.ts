import { randomBytes } from "node:crypto";
import { checkNik, provinceTimeZone } from "@sinergi/domain";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../connection.ts";
import { prepareDatabase } from "../../migrate.ts";
import type { Database } from "../../schema/index.ts";
import { testBackends } from "../../testing/index.ts";
import { copySink, insertSink, NATIONAL_TABLES, type NationalCounts, seedNational } from "./index.ts";

const OPTIONS = { scale: 0.002, seed: 7, today: "2026-11-15" } as const;

/** A seeded database of one backend. */
interface Seeded {
  readonly db: Kysely<Database>;
  readonly counts: NationalCounts;
  close(): Promise<void>;
}

/** Seeds a fresh PGlite through multi-row inserts. */
async function seedPglite(): Promise<Seeded> {
  const [pglite] = testBackends();
  if (!pglite) throw new Error("no PGlite backend");
  const handle = await pglite.open();
  const counts = await seedNational(handle.db, insertSink(handle.db), OPTIONS);
  return { db: handle.db, counts, close: () => handle.close() };
}

/** Seeds a fresh PostgreSQL database through COPY, its indexes set aside and rebuilt as in a full run. */
async function seedPostgres(adminUrl: string): Promise<Seeded> {
  const name = `sinergi_t_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ databaseUrl: adminUrl });
  const template = process.env.SINERGI_PG_TEMPLATE;
  await sql.raw(`create database ${name}${template ? ` template ${template}` : ""}`).execute(admin.db);
  await admin.close();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: u.toString() });
  if (!template) await prepareDatabase(handle.db);
  const sink = await copySink(u.toString(), 3);
  try {
    const counts = await seedNational(handle.db, sink, { ...OPTIONS, deferIndexes: true });
    return {
      db: handle.db,
      counts,
      close: async () => {
        await handle.close();
        const again = await openDatabase({ databaseUrl: adminUrl });
        await sql.raw(`drop database if exists ${name} with (force)`).execute(again.db);
        await again.close();
      },
    };
  } finally {
    await sink.close();
  }
}

const backends: { name: string; seed: () => Promise<Seeded> }[] = [{ name: "pglite", seed: seedPglite }];
const url = process.env.TEST_DATABASE_URL;
if (url) backends.push({ name: "postgres", seed: () => seedPostgres(url) });

const count = async (db: Kysely<Database>, query: string): Promise<number> =>
  Number((await sql.raw<{ n: number }>(query).execute(db)).rows[0]?.n ?? Number.NaN);

describe.each(backends)("national generator on $name", (backend) => {
  let first: Seeded;
  let second: Seeded;

  beforeAll(async () => {
    first = await backend.seed();
    second = await backend.seed();
  }, 240_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it("writes the scaled country and reports what it wrote", async () => {
    const { db, counts } = first;
    expect(counts).toMatchObject({ regional_offices: 33, facilities: 6, inmates: 540 });
    expect(counts.enrollments).toBeGreaterThan(1800);
    expect(counts.enrollments).toBeLessThanOrEqual(2000);
    expect(counts.certificates).toBeGreaterThan(300);
    for (const table of [
      "inmates",
      "enrollments",
      "attendance",
      "certificates",
      "lifecycle_history",
      "agreements",
    ])
      expect(await count(db, `select count(*) as n from ${table}`)).toBe(counts[table]);
    expect(await count(db, "select count(distinct time_zone) as n from facilities")).toBe(3);
    expect(
      await count(db, "select count(*) as n from agreements where renews_id is not null"),
    ).toBeGreaterThan(0);
    expect(
      await count(
        db,
        `select count(*) as n from follow_ups where status = 'open' and due_date < '${OPTIONS.today}'`,
      ),
    ).toBeGreaterThan(0);
  });

  it("gives every inmate a NIK the domain accepts, and every facility its province's zone", async () => {
    const inmates = await first.db.selectFrom("inmates").select(["nik", "sex", "birthDate"]).execute();
    const bad = inmates.filter(
      (i) => !i.nik || !checkNik(i.nik, { birthDate: i.birthDate, sex: i.sex as "male" | "female" }).ok,
    );
    expect(bad.length).toBe(0);
    const facilities = await first.db.selectFrom("facilities").select(["regencyCode", "timeZone"]).execute();
    for (const f of facilities) expect(f.timeZone).toBe(provinceTimeZone(f.regencyCode.slice(0, 2)));
  });

  it("enrols inmates only in cohorts of their own facility, after their admission", async () => {
    expect(
      await count(
        first.db,
        `select count(*) as n from enrollments e join cohorts c on c.id = e.cohort_id
      join inmates i on i.id = e.inmate_id where c.facility_id <> i.facility_id
        or e.enrolled_at::date < i.admission_date`,
      ),
    ).toBe(0);
    expect(
      await count(
        first.db,
        `select count(*) as n from attendance a join enrollments e on e.id = a.enrollment_id
      join cohorts c on c.id = e.cohort_id where a.session_date not between c.start_date and c.end_date`,
      ),
    ).toBe(0);
    expect(
      await count(
        first.db,
        `select count(*) as n from certificates x join enrollments e on e.id = x.enrollment_id
      join cohorts c on c.id = e.cohort_id where e.state <> 'completed' or x.issued_on <= c.end_date`,
      ),
    ).toBe(0);
  });

  it("renews only signed agreements of the same signing unit and partner, starting the day after", async () => {
    expect(
      await count(
        first.db,
        `select count(*) as n from agreements a join agreements p on p.id = a.renews_id
      where p.state <> 'signed' or p.facility_id is distinct from a.facility_id
        or p.regional_office_id is distinct from a.regional_office_id or a.start_date <> p.end_date + 1
        or (select array_agg(partner_id order by partner_id) from agreement_partners where agreement_id = a.id)
          is distinct from (select array_agg(partner_id order by partner_id) from agreement_partners where agreement_id = p.id)
        or (a.signed_on is not null and a.signed_on > p.end_date)`,
      ),
    ).toBe(0);
    expect(await count(first.db, "select count(*) as n from agreements where signed_on > start_date")).toBe(
      0,
    );
  });

  it("keeps every state at the end of its lifecycle history, in order", async () => {
    const pairs = [
      ["agreements", "agreement", "state"],
      ["action_items", "action_item", "status"],
      ["follow_ups", "follow_up", "status"],
      ["facility_licences", "facility_licence", "status"],
      ["cohorts", "cohort", "state"],
      ["enrollments", "enrollment", "state"],
      ["certificates", "certificate", "status"],
    ] as const;
    for (const [table, type, column] of pairs)
      expect(
        await count(
          first.db,
          `select count(*) as n from ${table} t where t.${column} is distinct from (
          select h.to_state from lifecycle_history h where h.entity_type = '${type}' and h.entity_id = t.id
          order by h.id desc limit 1)
        or t.revision <> (select count(*) from lifecycle_history h where h.entity_type = '${type}' and h.entity_id = t.id)
        or t.updated_at <> (select max(h.at) from lifecycle_history h where h.entity_type = '${type}' and h.entity_id = t.id)`,
        ),
      ).toBe(0);
    expect(
      await count(
        first.db,
        `select count(*) as n from (select at < lag(at) over (partition by entity_type, entity_id
      order by id) as back from lifecycle_history) x where back`,
      ),
    ).toBe(0);
  });

  it("writes the same rows again from the same seed", async () => {
    for (const table of NATIONAL_TABLES) {
      const digest = async (db: Kysely<Database>) =>
        (
          await sql
            .raw<{ d: string }>(
              `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${table} t`,
            )
            .execute(db)
        ).rows[0]?.d;
      expect([table, await digest(second.db)]).toEqual([table, await digest(first.db)]);
    }
  });
});
