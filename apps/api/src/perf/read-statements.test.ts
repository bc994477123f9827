import { randomUUID } from "node:crypto";
import {
  deleteUserSessions,
  insertApiKey,
  insertSession,
  insertUser,
  revokeApiKey,
  type SinergiDb,
} from "@sinergi/db";
import {
  insertCohortRow,
  insertDraftPksRow,
  insertEnrollmentRow,
  insertInmateRow,
  insertProgramRow,
  insertTrainingFixture,
  testBackends,
} from "@sinergi/db/testing";
import type { Permission } from "@sinergi/domain";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, SESSION_LIFETIME } from "../access/authenticate.ts";
import { newSecret } from "../access/secrets.ts";
import { createApp } from "../app.ts";
import type { AppEnv } from "../context.ts";
import { StatementCounter } from "./statement-counter.ts";

const READS: readonly Permission[] = ["agreements:read", "inmates:read", "training:read"];
const COHORTS = 6;
const PER_COHORT = 9;

describe.each(testBackends())("authenticated reads on $name", (backend) => {
  let handle: SinergiDb;
  let app: Hono<AppEnv>;
  const counter = new StatementCounter();
  let clock = Date.parse("2026-06-01T08:00:00.000Z");
  const now = () => new Date(clock).toISOString();
  const ids = { agreement: "", inmate: "", enrollment: "", facility: "", user: "", keyId: "" };
  const auth = { cookie: "", bearer: "" };

  beforeAll(async () => {
    handle = await backend.open();
    const db = handle.db;
    const at = "2026-01-01T00:00:00.000Z";
    const org = await insertTrainingFixture(db, at);
    ids.facility = org.facilityId;
    for (let i = 0; i < 60; i += 1) await insertDraftPksRow(db, { facilityId: org.facilityId, at });
    ids.agreement = org.agreementId;
    const programId = await insertProgramRow(db, {
      name: "Barbershop",
      providerPartnerId: org.providerId,
      scheme: null,
      at,
    });
    for (let c = 0; c < COHORTS; c += 1) {
      const cohortId = await insertCohortRow(db, { programId, facilityId: org.facilityId, at, capacity: 20 });
      for (let i = 0; i < PER_COHORT; i += 1) {
        const inmateId = await insertInmateRow(db, { facilityId: org.facilityId, at });
        ids.inmate = inmateId;
        ids.enrollment = await insertEnrollmentRow(db, {
          cohortId,
          inmateId,
          state: "enrolled",
          result: null,
          at,
        });
        await db
          .insertInto("attendance")
          .values([
            { enrollmentId: ids.enrollment, sessionDate: "2026-01-05", present: true },
            { enrollmentId: ids.enrollment, sessionDate: "2026-01-06", present: false },
          ])
          .execute();
      }
    }
    ids.user = randomUUID();
    await insertUser(
      db,
      {
        id: ids.user,
        email: `fa.${ids.user.slice(0, 8)}@test.sinergi`,
        name: "Admin",
        passwordHash: "x",
        role: "facility_admin",
        scope: { kind: "facility", facilityId: org.facilityId },
      },
      at,
    );
    const session = newSecret("ses");
    await insertSession(db, {
      id: randomUUID(),
      tokenHash: session.hash,
      userId: ids.user,
      at: now(),
      expiresAt: new Date(clock + SESSION_LIFETIME.idleMs).toISOString(),
    });
    auth.cookie = `${SESSION_COOKIE}=${session.secret}`;
    const key = newSecret("snk");
    ids.keyId = randomUUID();
    await insertApiKey(
      db,
      {
        id: ids.keyId,
        name: "reader",
        prefix: key.lookupPrefix,
        keyHash: key.hash,
        role: "facility_admin",
        scope: { kind: "facility", facilityId: org.facilityId },
        permissions: READS,
        expiresAt: null,
        createdBy: ids.user,
      },
      at,
    );
    auth.bearer = key.secret;
    app = createApp({ db: db.withPlugin(counter), now });
  });
  afterAll(() => handle.close());

  const get = async (path: string, as: "session" | "key") => {
    counter.reset();
    const headers: Record<string, string> =
      as === "session"
        ? { cookie: auth.cookie, origin: "http://localhost" }
        : { authorization: `Bearer ${auth.bearer}` };
    const res = await app.request(path, { headers });
    const body = (await res.json()) as { items?: unknown[]; nextCursor?: string | null };
    return { status: res.status, body, statements: counter.sent.length, kinds: counter.sent };
  };

  // Two round trips at most: the session or key check (which records its use in the same statement)
  // and the read (its attendance, planned sessions, scope and any audit entry inside it).
  const routes = [
    ["agreement by id", () => `/api/v1/agreements/${ids.agreement}`],
    ["agreements list", () => "/api/v1/agreements?limit=50"],
    ["inmate by id", () => `/api/v1/inmates/${ids.inmate}`],
    ["inmates list", () => "/api/v1/inmates?limit=50"],
    ["enrollment by id", () => `/api/v1/enrollments/${ids.enrollment}`],
    ["enrollments list", () => "/api/v1/enrollments?limit=50"],
    ["coverage matrix", () => "/api/v1/coverage"],
    ["coverage per regional office", () => "/api/v1/coverage?groupBy=regionalOffice"],
    ["agreements ending soon", () => "/api/v1/agreements/ending-soon"],
  ] as const;

  for (const as of ["session", "key"] as const)
    for (const [name, path] of routes)
      it(`reads the ${name} as ${as === "session" ? "a facility admin" : "an API key"} in two statements, with or without a use to record`, async () => {
        clock += 2 * 60 * 1000; // the seen-time is due to be written
        const due = await get(path(), as);
        expect(due.status).toBe(200);
        expect(due.kinds).toHaveLength(2);
        clock += 1000; // and now it is not
        const quiet = await get(path(), as);
        expect(quiet.status).toBe(200);
        expect(quiet.kinds).toHaveLength(2);
      });

  it("lists a page spanning several cohorts in as many statements as a page of one", async () => {
    const page = await get("/api/v1/enrollments?limit=50", "session");
    expect(new Set((page.body.items as { cohortId: string }[]).map((e) => e.cohortId)).size).toBe(COHORTS);
    expect(page.statements).toBe(2);
    const next = await get(`/api/v1/enrollments?limit=50&cursor=${page.body.nextCursor}`, "session");
    expect(next.body.items).toHaveLength(COHORTS * PER_COHORT - 50);
    expect(next.statements).toBe(2);
  });

  it("answers enrollments with their attendance and share as before", async () => {
    const one = await get(`/api/v1/enrollments/${ids.enrollment}`, "key");
    expect(one.body).toMatchObject({
      id: ids.enrollment,
      attendance: [
        { sessionDate: "2026-01-05", present: true },
        { sessionDate: "2026-01-06", present: false },
      ],
      attendanceShare: 0.2,
    });
    expect(one.body).not.toHaveProperty("plannedSessions");
    const list = await get("/api/v1/enrollments?limit=50", "key");
    expect(list.body.items?.[0]).toMatchObject({ attendance: [{ present: true }, { present: false }] });
  });

  it("writes the personal-data audit entry inside the read's own statement", async () => {
    const before = await auditCount();
    const res = await get(`/api/v1/inmates/${ids.inmate}`, "session");
    expect(res.body).toMatchObject({ id: ids.inmate, birthDate: "1990-07-01" });
    expect(res.statements).toBe(2);
    expect(await auditCount()).toBe(before + 1);
    const entry = await handle.db
      .selectFrom("auditLog")
      .selectAll()
      .where("resourceId", "=", ids.inmate)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: "read-personal-data",
      actorId: ids.user,
      facilityId: ids.facility,
    });
    // A key without the personal-data permission reads masked data and writes no entry.
    await get(`/api/v1/inmates/${ids.inmate}`, "key");
    expect(await auditCount()).toBe(before + 1);
  });

  it("writes no audit entry for an inmate out of scope, and answers 404", async () => {
    const before = await auditCount();
    const res = await get(`/api/v1/inmates/${randomUUID()}`, "session");
    expect(res.status).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it("records the session's and the key's use in the check's own statement, once a minute", async () => {
    clock += 5 * 60 * 1000;
    await get(`/api/v1/agreements/${ids.agreement}`, "session");
    await get(`/api/v1/agreements/${ids.agreement}`, "key");
    const seen = now();
    const session = await handle.db
      .selectFrom("sessions")
      .select(["lastSeenAt", "expiresAt"])
      .where("userId", "=", ids.user)
      .executeTakeFirstOrThrow();
    const key = await handle.db
      .selectFrom("apiKeys")
      .select("lastUsedAt")
      .where("id", "=", ids.keyId)
      .executeTakeFirstOrThrow();
    expect(session.lastSeenAt).toBe(seen);
    expect(session.expiresAt).toBe(new Date(clock + SESSION_LIFETIME.idleMs).toISOString());
    expect(key.lastUsedAt).toBe(seen);
    clock += 30 * 1000;
    await get(`/api/v1/agreements/${ids.agreement}`, "session");
    const again = await handle.db
      .selectFrom("sessions")
      .select("lastSeenAt")
      .where("userId", "=", ids.user)
      .executeTakeFirstOrThrow();
    expect(again.lastSeenAt).toBe(seen);
  });

  it("refuses a revoked key on the very next request", async () => {
    expect((await get(`/api/v1/agreements/${ids.agreement}`, "key")).status).toBe(200);
    await revokeApiKey(handle.db, ids.keyId, now());
    const res = await get(`/api/v1/agreements/${ids.agreement}`, "key");
    expect(res.status).toBe(401);
    expect(res.statements).toBe(1);
  });

  it("refuses a disabled user's session on the very next request", async () => {
    expect((await get(`/api/v1/agreements/${ids.agreement}`, "session")).status).toBe(200);
    await handle.db.updateTable("users").set({ disabledAt: now() }).where("id", "=", ids.user).execute();
    expect((await get(`/api/v1/agreements/${ids.agreement}`, "session")).status).toBe(401);
    await handle.db.updateTable("users").set({ disabledAt: null }).where("id", "=", ids.user).execute();
    expect((await get(`/api/v1/agreements/${ids.agreement}`, "session")).status).toBe(200);
  });

  it("refuses an ended session on the very next request", async () => {
    expect((await get(`/api/v1/agreements/${ids.agreement}`, "session")).status).toBe(200);
    await deleteUserSessions(handle.db, ids.user);
    expect((await get(`/api/v1/agreements/${ids.agreement}`, "session")).status).toBe(401);
  });

  const auditCount = async () =>
    Number(
      (
        await handle.db
          .selectFrom("auditLog")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
});
