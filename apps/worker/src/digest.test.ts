import type { AddressInfo } from "node:net";
import type { SinergiDb } from "@sinergi/db";
import { insertOrgFixture, testBackends } from "@sinergi/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDigests, smtpSender } from "./digest.ts";
import { runPass } from "./pass.ts";
import { insertSignedPks, insertUserRow } from "./testing.ts";

interface Received {
  readonly to: string[];
  readonly data: string;
}

/** The message with its quoted-printable body decoded (soft line breaks joined, UTF-8 bytes read). */
function decoded(raw: string): string {
  const qp = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(qp, "latin1").toString("utf8");
}

/** A real SMTP listener on loopback that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        data += chunk;
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: decoded(data) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(testBackends())("the daily alert digest on $name", (backend) => {
  let handle: SinergiDb;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await backend.open();
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    await handle.close();
  });

  it("emails each user in scope once a day, in Indonesian, through a real SMTP server", async () => {
    const org = await insertOrgFixture(db());
    const other = await insertOrgFixture(db());
    await insertSignedPks(db(), org.facilityId, "2027-03-20");
    await insertUserRow(db(), {
      role: "facility_admin",
      scopeKind: "facility",
      scopeId: org.facilityId,
      email: "admin.salatiga@example.org",
      name: "Sri",
    });
    await insertUserRow(db(), {
      role: "facility_admin",
      scopeKind: "facility",
      scopeId: other.facilityId,
      email: "admin.lain@example.org",
      name: "Andi",
    });
    const send = smtpSender(smtp.url, "Sinergi <no-reply@sinergi.invalid>");
    const at = () => "2027-03-01T01:00:00.000Z";
    const pass = await runPass(db(), { worker: "mail", from: "2027-02", now: at, send });
    expect(pass.digestsSent).toBe(1);
    expect(smtp.received.map((r) => r.to)).toEqual([["admin.salatiga@example.org"]]);
    const mail = smtp.received[0]?.data ?? "";
    expect(mail).toContain("Subject: Sinergi: 1 peringatan baru (2027-03-01)");
    expect(mail).toContain(
      'Perjanjian "PKS Pelatihan Bersertifikat" berakhir dalam 19 hari (2027-03-20) — Rutan Salatiga',
    );
    // Later the same day a new alert is raised: no second email that day.
    await insertSignedPks(db(), org.facilityId, "2027-03-05");
    expect(
      await runPass(db(), { worker: "mail", from: "2027-02", now: () => "2027-03-01T09:00:00.000Z", send }),
    ).toMatchObject({ digestsSent: 0 });
    expect(await sendDigests(db(), "2027-03-01T10:00:00.000Z", send)).toBe(0);
    expect(smtp.received).toHaveLength(1);
    // The next day's digest carries the alert raised since the last email.
    expect(await sendDigests(db(), "2027-03-02T01:00:00.000Z", send)).toBe(1);
    expect(smtp.received[1]?.data).toContain("berakhir dalam 4 hari (2027-03-05)");
    const days = await db().selectFrom("alertEmails").select(["day", "alertCount"]).orderBy("day").execute();
    expect(days).toEqual([
      { day: "2027-03-01", alertCount: 1 },
      { day: "2027-03-02", alertCount: 1 },
    ]);
  });
});
