import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPresent, type Harness, startHarness } from "./harness.ts";

describe.runIf(chromiumPresent)("console tour", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows each main page to a national admin", async () => {
    const context = await h.context();
    const page = await context.newPage();
    await h.signIn(page, h.users.national);
    await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    await h.shoot(page, "dashboard");
    for (const [path, name] of [
      ["/agreements", "agreements"],
      ["/visits", "visits"],
      ["/partners", "partners"],
      ["/facilities", "facilities"],
    ] as const) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await h.shoot(page, name);
    }
    expect(true).toBe(true);
    await context.close();
  });
});
