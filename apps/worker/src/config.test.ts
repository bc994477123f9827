import { describe, expect, it } from "vitest";
import { parseWorkerSettings, WorkerConfigError } from "./config.ts";

describe("worker settings", () => {
  it("defaults to an hourly pass, no email and a name of host and pid", () => {
    const s = parseWorkerSettings({ DATABASE_URL: "postgres://db/sinergi", SINERGI_SMTP_URL: "" });
    expect(s).toMatchObject({ schedule: "5 * * * *", smtpUrl: undefined, reportsFrom: undefined });
    expect(s.name).toMatch(new RegExp(`:${process.pid}$`));
  });

  it("names every bad variable and never repeats its value", () => {
    const bad = {
      SINERGI_REPORTS_FROM: "2026-13",
      SINERGI_SMTP_URL: "http://secret-host",
      SINERGI_WORKER_SCHEDULE: "every hour",
    };
    let error: unknown;
    try {
      parseWorkerSettings(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkerConfigError);
    const message = (error as Error).message;
    expect((error as WorkerConfigError).problems).toHaveLength(3);
    for (const [name, value] of Object.entries(bad)) {
      expect(message).toContain(name);
      expect(message).not.toContain(value);
    }
  });
});
