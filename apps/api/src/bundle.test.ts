import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./free-port.ts";

// `pnpm start` runs the vite bundle, not the sources: everything the API loads lazily or reads from disk
// (pdfmake's fonts, qrcode, exceljs, file-type, the docs page's script, PGlite's wasm, the migrations
// inlined in the bundle) must still resolve when the bundle runs from any working directory.
const apiDir = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(apiDir, "dist", "main.js");
const admin = { email: "admin@bundle.invalid", password: "Lonceng pagi berbunyi tujuh kali di Masohi" };

describe("the API's bundle, as pnpm start runs it, from another working directory", () => {
  const caller = mkdtempSync(join(tmpdir(), "sinergi-bundle-"));
  let child: ChildProcess;
  let output = "";
  let base = "";
  let cookie = "";

  beforeAll(async () => {
    const built = spawnSync(process.execPath, ["build-if-stale.mjs"], { cwd: apiDir, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(bundle)).toBe(true);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [bundle], {
      cwd: caller,
      env: {
        PATH: process.env.PATH ?? "",
        PORT: String(port),
        SINERGI_DATA_DIR: "data",
        SINERGI_ADMIN_EMAIL: admin.email,
        SINERGI_ADMIN_PASSWORD: admin.password,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(output);
      if (Date.now() > deadline) throw new Error(`no answer in time:\n${output}`);
      const ready = await fetch(`${base}/readyz`).catch(() => undefined);
      if (ready?.status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify(admin),
    });
    expect(signIn.status).toBe(200);
    cookie = (signIn.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  }, 200_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(caller, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie } });
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

  it("keeps the embedded data in the caller's folder and loads the demo data", () => {
    expect(output).toContain(`embedded PGlite in ${join(caller, "data")}`);
    expect(output).toContain("demo data loaded");
  });

  it("serves the API reference with its script", async () => {
    expect((await get("/api/docs")).status).toBe(200);
    const script = await get("/api/docs/scalar.js");
    expect([script.status, (await bytes(script)).length > 100_000]).toEqual([200, true]);
  });

  it("draws a certificate's PDF with its fonts and QR code", async () => {
    const list = (await (await get("/api/v1/certificates?limit=1")).json()) as { items: { id: string }[] };
    const pdf = await get(`/api/v1/certificates/${list.items[0]?.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect((await bytes(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("takes an upload and reads its type from the bytes", async () => {
    const res = await fetch(`${base}/api/v1/documents?purpose=evidence&fileName=scan.pdf`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/pdf" },
      body: "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { mediaType: string }).mediaType).toBe("application/pdf");
  });

  it("runs the worker in its process and gives its reports as a spreadsheet", async () => {
    const deadline = Date.now() + 120_000;
    let lastPassAt: string | null = null;
    while (!lastPassAt && Date.now() < deadline) {
      // A pass holds the event loop for a while: a kept-alive connection may be reset meanwhile; ask again.
      const ready = (await get("/readyz")
        .then((r) => r.json())
        .catch(() => ({ worker: { lastPassAt: null } }))) as { worker: { lastPassAt: string | null } };
      lastPassAt = ready.worker.lastPassAt;
      if (!lastPassAt) await new Promise((r) => setTimeout(r, 500));
    }
    expect(lastPassAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const list = (await (await get("/api/v1/reports?limit=1")).json()) as { items: { id: string }[] };
    const xlsx = await get(`/api/v1/reports/${list.items[0]?.id}?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect((await bytes(xlsx)).subarray(0, 2).toString()).toBe("PK");
  }, 150_000);

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
