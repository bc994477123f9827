import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { artifacts, chromiumPresent, type Harness, seriousViolations, startHarness } from "./harness.ts";

/**
 * The field reports walked in a real Chromium against the real API on a fresh embedded database with the
 * demo data: each main page screenshotted (e2e-artifacts/) and checked with axe.
 */

const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/** A calendar day in words as the console writes it beside a date input ("11 November 2025"). */
const inWords = (iso: string, locale: "id-ID" | "en-GB") =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** True when a scrolling box holds its content without scrolling sideways. */
const fitsWidth = (box: ReturnType<Page["locator"]>) =>
  box.evaluate((el) => el.scrollWidth <= el.clientWidth);

/** A new signed-out page; if the test fails, its screen is saved as failed-<name>.png to see why. */
async function newPage(
  h: Harness,
  name: string,
  options?: { width?: number; height?: number; locale?: string },
) {
  const context = await h.context(options);
  const page = await context.newPage();
  onTestFailed(async () => {
    await page.screenshot({ path: `${artifacts}/failed-${name}.png`, fullPage: true }).catch(() => {});
  });
  return { context, page };
}

/** Waits for the page's heading, saves its screenshot and asserts no serious or critical axe violation. */
async function checkPage(h: Harness, page: Page, name: string): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await h.shoot(page, name);
  expect(await seriousViolations(page), name).toEqual([]);
}

describe("console in a browser", () => {
  // In CI a missing browser is a broken environment, never a silent skip; locally it may be absent.
  it.runIf(!chromiumPresent && process.env.CI !== undefined)("has Chromium to run with", () => {
    expect.fail("Chromium is missing at /usr/bin/chromium: .ci/run installs it (apt-get install chromium)");
  });

  describe.runIf(chromiumPresent)("with Chromium", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(async () => {
      await h?.close();
    });

    it("records Blora's visit about the PTSP building with a follow-up, then closes the follow-up", async () => {
      const { context, page } = await newPage(h, "walk-2");
      await h.signIn(page, h.users.blora, "/visits/new");
      await page.getByRole("heading", { name: "Catat kunjungan" }).waitFor();
      await page.getByLabel("Jenis kunjungan").selectOption("coordination");
      await page.getByLabel("Tanggal", { exact: true }).fill(day(-1));
      // Beside the browser's own drawing of the date, the day in words settles what was meant.
      await page.locator("#field-date-echo", { hasText: inWords(day(-1), "id-ID") }).waitFor();
      await page
        .locator(".date-control")
        .first()
        .screenshot({ path: `${artifacts}/date-field-id.png` });
      await page.getByLabel("Tempat").fill("Ruang Sekretaris Daerah");
      await page.getByRole("checkbox", { name: /Blora/ }).first().check();
      await page.getByLabel("Ringkasan").fill("Koordinasi pembangunan gedung PTSP di Rutan Blora");
      await page.getByLabel("Hasil").fill("Sekda menindaklanjuti pembangunan gedung PTSP");
      await page.getByLabel("Tindak lanjut", { exact: true }).fill("Kirim rancangan gedung PTSP ke Sekda");
      await page.getByLabel("Penanggung jawab").fill("Kasubsi Pengelolaan");
      await page.getByLabel("Tenggat").fill(day(14));
      await page.getByRole("button", { name: "Simpan kunjungan" }).click();
      await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/);
      await page.getByText("Kirim rancangan gedung PTSP ke Sekda").waitFor();
      await expect
        .poll(() => page.getByTestId("follow-up-status").first().textContent())
        .toContain("Terbuka");
      await checkPage(h, page, "visit");

      await page.getByRole("button", { name: "Tandai selesai" }).click();
      await page.getByRole("alertdialog").getByLabel("Catatan (tidak wajib)").fill("Rancangan sudah dikirim");
      await page.getByRole("alertdialog").getByRole("button", { name: "Tandai selesai" }).click();
      await expect
        .poll(() => page.getByTestId("follow-up-status").first().textContent())
        .toContain("Selesai");
      await expect.poll(() => page.getByRole("button", { name: "Tandai selesai" }).count()).toBe(0);

      await page.goto("/visits?tab=follow-ups");
      await page.getByRole("table").waitFor();
      await checkPage(h, page, "follow-ups");
      await context.close();
    });

    it("drafts, proposes and signs an agreement with a PDF, sees it in force, then renews it", async () => {
      const { context, page } = await newPage(h, "walk-3");
      await h.signIn(page, h.users.salatiga, "/agreements/new");
      await page.getByLabel("Judul").fill("PKS Pelatihan Tata Boga bagi Warga Binaan Rutan Salatiga");
      await page.getByRole("checkbox").first().check();
      await page.getByRole("checkbox", { name: "Ketenagakerjaan", exact: true }).check();
      await page.getByLabel("Tanggal mulai").fill(day(0));
      await page.getByLabel("Tanggal berakhir").fill(day(364));
      await page.getByRole("button", { name: "Simpan draf" }).click();
      await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
      await page.getByText("Draf", { exact: true }).first().waitFor();

      const move = async (
        button: string,
        then: string,
        fill?: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>,
      ) => {
        await page.getByRole("button", { name: button, exact: true }).click();
        const dialog = page.getByRole("alertdialog");
        await dialog.waitFor();
        if (fill) await fill(dialog);
        await dialog.getByRole("button", { name: button, exact: true }).click();
        await dialog.waitFor({ state: "detached" });
        await page.locator(".page-head .badge", { hasText: then }).waitFor();
      };
      await move("Ajukan ke mitra", "Diajukan");
      await move("Mulai negosiasi", "Negosiasi");
      await move("Tandatangani", "Berlaku", async (dialog) => {
        await dialog.getByLabel("Nomor dokumen UPT").fill("W12.PAS.PAS.1-UM.01.01-101");
        await dialog.getByLabel("Nomor dokumen mitra").fill("800/412/2026");
        const facility = dialog.getByRole("group", { name: "Penanda tangan UPT" });
        await facility.getByLabel("Nama").fill("Kepala Rutan Salatiga");
        await facility.getByLabel("Jabatan").fill("Kepala Rutan");
        const partner = dialog.getByRole("group", { name: "Penanda tangan mitra" });
        await partner.getByLabel("Nama").fill("Kepala Dinas");
        await partner.getByLabel("Jabatan").fill("Kepala Dinas Tenaga Kerja");
        await dialog.getByLabel("Dokumen yang ditandatangani").setInputFiles({
          name: "pks-tata-boga.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.from("%PDF-1.4\n% signed PKS\n%%EOF\n"),
        });
      });
      await page.getByRole("tab", { name: "Para pihak" }).click();
      await page.getByText(/SHA-256 [0-9a-f]{64}/).waitFor();
      await page.getByRole("tab", { name: "Riwayat" }).click();
      await checkPage(h, page, "agreement");

      await move("Perpanjang", "Draf");
      await page.getByText("Perpanjangan dari").waitFor();
      await page.getByRole("link", { name: "Perjanjian sebelumnya" }).click();
      await page.getByRole("link", { name: "Perjanjian pengganti" }).waitFor();
      // Salatiga's page lists it: the demo's Salatiga has no agreement of its own until this walk drafts one.
      await page.goto(`/facilities/${h.facilities.salatiga}`);
      await page.getByRole("heading", { name: "Rutan Salatiga", level: 1 }).waitFor();
      await page
        .getByRole("link", { name: "PKS Pelatihan Tata Boga bagi Warga Binaan Rutan Salatiga" })
        .first()
        .waitFor();
      await context.close();
    });

    it("records one of Barabai's paper PKS in one form, then shows its signing and downloads its scan", async () => {
      const { context, page } = await newPage(h, "walk-paper");
      await h.signIn(page, h.users.national, "/agreements");
      await page.getByRole("link", { name: "Catat perjanjian kertas" }).click();
      await page.getByRole("heading", { name: "Catat perjanjian kertas" }).waitFor();
      await page
        .getByLabel("Judul")
        .fill("PKS Layanan Perpustakaan Keliling bagi Warga Binaan Rutan Barabai");
      await page.getByLabel("UPT", { exact: true }).selectOption({ label: "Rutan Barabai" });
      await page.getByRole("checkbox", { name: /Dinas Perpustakaan.*Hulu Sungai Tengah/ }).check();
      await page.getByRole("checkbox", { name: "Literasi", exact: true }).check();
      await page.getByLabel("Nomor dokumen UPT").fill("W16.PAS.PAS.7-UM.01.01-31");
      await page.getByLabel("Nomor dokumen mitra").fill("041/027/DISPERPUS/2024");
      await page.getByLabel("Tanggal penandatanganan").fill("2024-03-05");
      await page.getByLabel("Jam penandatanganan (tidak wajib)").fill("10:30");
      await page.getByLabel("Tanggal mulai").fill("2024-03-05");
      await page.getByLabel("Tanggal berakhir").fill("2027-03-04");
      const rows = page.locator("#field-signatories .row");
      await rows.nth(0).getByLabel("Nama").fill("Gusti Iskandarsyah");
      await rows.nth(0).getByLabel("Jabatan").fill("Kepala Rutan Kelas IIB Barabai");
      await rows.nth(1).getByLabel("Nama").fill("Kepala Dinas Perpustakaan");
      await rows.nth(1).getByLabel("Jabatan").fill("Kepala Dinas Perpustakaan Kabupaten Hulu Sungai Tengah");
      await rows.nth(0).getByLabel("NIP (tidak wajib)").fill("197208151998031002");
      await page.getByRole("button", { name: "Tambah penanda tangan atau saksi" }).click();
      await rows.nth(2).getByLabel("Nama").fill("H. Aulia Oktafiandi");
      await rows.nth(2).getByLabel("Jabatan").fill("Bupati Hulu Sungai Tengah");
      // The action plan as signed, in the same form: one activity with its target.
      await page.getByRole("button", { name: "Tambah kegiatan" }).click();
      const activity = page.locator("#field-actionItems .row").nth(0);
      await activity.getByLabel("Kegiatan").fill("Layanan perpustakaan keliling");
      await activity.getByLabel("Bidang").selectOption({ label: "Literasi" });
      await activity.getByLabel("Target").fill("24");
      await activity.getByLabel("Satuan").fill("kunjungan");
      await activity.getByLabel("Tenggat").fill("2026-12-31");
      // A second activity in a field outside the list, by keyboard: "Bidang lain…", Tab, the words, Enter.
      await page.getByRole("button", { name: "Tambah kegiatan" }).click();
      const reading = page.locator("#field-actionItems .row").nth(1);
      await reading.getByLabel("Kegiatan").fill("Pojok baca di blok hunian");
      await reading.getByLabel("Bidang").focus();
      await reading.getByLabel("Bidang").selectOption({ label: "Bidang lain…" });
      await page.keyboard.press("Tab");
      await page.keyboard.type("Taman baca");
      await h.shoot(page, "paper-form-other-field");
      await page.keyboard.press("Enter");
      expect(await reading.getByLabel("Bidang").evaluate((el: HTMLSelectElement) => el.value)).toBe(
        "taman_baca",
      );
      await reading.getByLabel("Target").fill("4");
      await reading.getByLabel("Satuan").fill("pojok");
      await page.getByLabel("Dokumen yang ditandatangani").setInputFiles({
        name: "PKS-Rutan-Barabai-DISPERPUS-2024.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n% PKS perpustakaan keliling\n%%EOF\n"),
      });
      await checkPage(h, page, "paper-form");
      await page.getByRole("button", { name: "Catat perjanjian" }).click();
      await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
      await page.locator(".page-head .badge", { hasText: /Berlaku|Akan berakhir/ }).waitFor();
      expect(await page.getByTestId("signed-on").textContent()).toBe("5 Maret 2024, pukul 10.30 WITA");
      await page.getByRole("tab", { name: "Para pihak" }).click();
      await page.getByText("H. Aulia Oktafiandi — Bupati Hulu Sungai Tengah Mengetahui (saksi)").waitFor();
      await page
        .getByText("Gusti Iskandarsyah — Kepala Rutan Kelas IIB Barabai · NIP 197208151998031002")
        .waitFor();
      // The plan: realised against its target, as a chart and a table, with no correction yet.
      await page.getByRole("tab", { name: "Rencana aksi" }).click();
      await page.getByRole("img", { name: "Realisasi terhadap target" }).waitFor();
      const plan = page.getByRole("table", { name: "Rencana aksi" });
      await plan.getByRole("cell", { name: "Layanan perpustakaan keliling" }).waitFor();
      await plan.getByRole("cell", { name: "24 kunjungan" }).waitFor();
      await plan.getByRole("cell", { name: "Taman baca" }).waitFor();
      await page.getByText("Belum ada koreksi realisasi.").waitFor();
      await checkPage(h, page, "agreement-plan");
      await page.getByRole("tab", { name: "Hasil" }).click();
      await page.getByText(/Belum ada angkatan yang didanai perjanjian ini/).waitFor();
      await page.getByRole("tab", { name: "Dokumen" }).click();
      const link = page.getByRole("link", { name: "Unduh PKS-Rutan-Barabai-DISPERPUS-2024.pdf" });
      await page.getByText(/SHA-256 [0-9a-f]{64}/).waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe("PKS-Rutan-Barabai-DISPERPUS-2024.pdf");
      await checkPage(h, page, "agreement-documents");
      await context.close();
    });

    it("shows what a training PKS funded: its cohorts and the people trained and certified under it", async () => {
      const { context, page } = await newPage(h, "walk-outcomes");
      await h.signIn(page, h.users.national);
      const programs = (await (await page.request.get("/api/v1/programs?limit=100")).json()) as {
        items: { fundingAgreementId: string | null }[];
      };
      const funder = programs.items.find((p) => p.fundingAgreementId !== null)?.fundingAgreementId;
      expect(funder).toBeTruthy();
      const outcomes = await (await page.request.get(`/api/v1/agreements/${funder}/outcomes`)).json();
      expect(outcomes.cohortsFunded).toBeGreaterThan(0);
      await page.goto(`/agreements/${funder}`);
      await page.getByRole("tab", { name: "Hasil" }).click();
      const facts = page.getByTestId("outcomes");
      await facts.waitFor();
      expect(await facts.textContent()).toBe(
        `Angkatan yang didanai${outcomes.cohortsFunded}Peserta${outcomes.enrolled}` +
          `Selesai${outcomes.completed}Bersertifikat${outcomes.certified}`,
      );
      const table = page.getByRole("table", { name: "Angkatan yang didanai" });
      expect(await table.locator("tbody tr").count()).toBe(outcomes.cohorts.length);
      await checkPage(h, page, "agreement-outcomes");
      await context.close();
    });

    it("finds by keyboard alone: / focuses the page's search, Ctrl+K jumps to a facility or an agreement by name", async () => {
      const { context, page } = await newPage(h, "walk-search");
      await h.signIn(page, h.users.national, "/agreements");
      await page.getByRole("table").waitFor();
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-q");
      await page.keyboard.type("Barabai");
      await page.keyboard.press("Enter");
      await page.waitForURL(/q=Barabai/);

      await page.keyboard.press("Control+k");
      const dialog = page.getByRole("dialog", { name: "Lompat ke…" });
      await dialog.waitFor();
      await page.keyboard.type("salatiga");
      await dialog.getByRole("option", { name: "Rutan Salatiga", exact: true }).waitFor();
      // Each group of matches under its heading, the first one too.
      await dialog.locator(".jump-section", { hasText: /^UPT$/ }).waitFor();
      await dialog.locator(".jump-section", { hasText: /^Mitra$/ }).waitFor();
      await h.shoot(page, "quick-jump");
      expect(await seriousViolations(page), "quick-jump").toEqual([]);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`/facilities/${h.facilities.salatiga}$`));
      await page.getByRole("heading", { name: "Rutan Salatiga", level: 1 }).waitFor();

      await page.keyboard.press("Control+k");
      await dialog.waitFor();
      await page.keyboard.type("berdomisili di kota medan");
      await dialog.getByRole("option", { name: /Berdomisili di Kota Medan/ }).waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
      await page.getByRole("heading", { name: /Berdomisili di Kota Medan/ }).waitFor();
      await context.close();
    });

    it("keeps Medan's agreements from a facility admin of Salatiga: not listed, and not found by URL", async () => {
      const { context, page } = await newPage(h, "walk-4");
      await h.signIn(page, h.users.salatiga, "/agreements");
      await page.getByRole("heading", { name: "Perjanjian (MoU/PKS)" }).waitFor();
      await page.waitForLoadState("networkidle");
      expect((await page.locator("main").textContent()) ?? "").not.toContain("Medan");
      await page.goto(`/agreements/${h.agreementOf.medan}`);
      await page.getByText("Tidak ditemukan.").waitFor();
      expect((await page.locator("main").textContent()) ?? "").not.toContain("Medan");
      await context.close();
    });

    it("tells the user when someone else changed the record meanwhile (412) and reloads it on request", async () => {
      const { context, page } = await newPage(h, "walk-5");
      await h.signIn(page, h.users.national, `/agreements/${h.agreementOf.masohi}`);
      await page.getByRole("button", { name: "Ubah judul" }).click();
      await page.getByLabel("Judul").fill("Judul dari tab ini");
      // Someone else renames it in the meantime.
      const other = await context.request.patch(`/api/v1/agreements/${h.agreementOf.masohi}`, {
        headers: { "if-match": "*", origin: h.origin },
        data: { title: "Nota Kesepahaman yang diubah orang lain" },
      });
      expect(other.status()).toBe(200);
      await page.getByRole("button", { name: "Simpan" }).click();
      await page.getByText("Data sudah berubah.").waitFor();
      await h.shoot(page, "stale-edit");
      await page.getByRole("button", { name: "Muat ulang" }).click();
      await page.getByRole("heading", { name: "Nota Kesepahaman yang diubah orang lain" }).waitFor();
      // What the user typed is still there to save again.
      expect(await page.getByLabel("Judul").inputValue()).toBe("Judul dari tab ini");
      await context.close();
    });

    it("tells the user in a move's dialog when someone else changed the record, and moves after a reload", async () => {
      const { context, page } = await newPage(h, "walk-5b");
      await h.signIn(page, h.users.national, `/agreements/${h.agreementOf.masohi}`);
      await page.getByRole("button", { name: "Ajukan ke mitra", exact: true }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog
        .getByLabel("Catatan untuk riwayat (tidak wajib)")
        .fill("Diajukan setelah rapat koordinasi");
      const other = await context.request.patch(`/api/v1/agreements/${h.agreementOf.masohi}`, {
        headers: { "if-match": "*", origin: h.origin },
        data: { title: "Nota Kesepahaman Masohi (diubah di tab lain)" },
      });
      expect(other.status()).toBe(200);
      await dialog.getByRole("button", { name: "Ajukan ke mitra", exact: true }).click();
      await dialog.getByText("Data sudah berubah.").waitFor();
      await h.shoot(page, "stale-move");
      await dialog.getByRole("button", { name: "Muat ulang" }).click();
      // The page behind the open (modal) dialog shows the fresh record.
      await page.locator("h1", { hasText: "Nota Kesepahaman Masohi (diubah di tab lain)" }).waitFor();
      // The dialog stays open with the note typed, to confirm on the fresh record.
      expect(await dialog.getByLabel("Catatan untuk riwayat (tidak wajib)").inputValue()).toBe(
        "Diajukan setelah rapat koordinasi",
      );
      await dialog.getByRole("button", { name: "Ajukan ke mitra", exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await page.locator(".page-head .badge", { hasText: "Diajukan" }).waitFor();
      await context.close();
    });

    it("switches to English and remembers it, with dates written out", async () => {
      const { context, page } = await newPage(h, "walk-6", { locale: "en-GB" });
      await h.signIn(page, h.users.national, "/agreements");
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("heading", { name: "Agreements" }).waitFor();
      await page.reload();
      await page.getByRole("heading", { name: "Agreements" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.getByText("10 November 2027").first().waitFor();
      await page.goto("/visits/new");
      await page.getByRole("heading", { name: "Record a visit" }).waitFor();
      await page.getByLabel("Date", { exact: true }).fill("2025-11-11");
      await page.locator("#field-date-echo", { hasText: "11 November 2025" }).waitFor();
      await page
        .locator(".date-control")
        .first()
        .screenshot({ path: `${artifacts}/date-field-en.png` });
      await page.goto("/agreements");
      await page.getByRole("heading", { name: "Agreements" }).waitFor();
      await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
      await page.getByRole("heading", { name: "Perjanjian (MoU/PKS)" }).waitFor();
      await context.close();
    });

    it("shows a facility staff member no agreements and no agreement buttons", async () => {
      const { context, page } = await newPage(h, "walk-7");
      await h.signIn(page, h.users.salatigaStaff);
      await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      await nav.getByRole("link", { name: "Beranda" }).waitFor();
      expect(await nav.getByRole("link", { name: "Perjanjian (MoU/PKS)" }).count()).toBe(0);
      expect(await page.getByText("Perjanjian akan berakhir").count()).toBe(0);
      // The demo gives Salatiga no agreement (its field report is an audience and licences): draft one, so
      // the staff member is refused a real agreement of their own facility, not a malformed address.
      const admin = await h.context();
      const setup = await admin.newPage();
      await h.signIn(setup, h.users.salatiga, "/agreements");
      const partner = (await (await setup.request.get("/api/v1/partners?limit=1")).json()).items[0].id;
      const draft = await setup.request.post("/api/v1/agreements", {
        headers: { origin: h.origin },
        data: {
          kind: "pks",
          title: "PKS Kesehatan Rutan Salatiga",
          facilityId: h.facilities.salatiga,
          partnerIds: [partner],
        },
      });
      expect(draft.status()).toBe(201);
      const drafted = (await draft.json()).id as string;
      await admin.close();
      await page.goto(`/agreements/${drafted}`);
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("button", { name: /Tandatangani|Akhiri|Perpanjang|Ajukan/ }).count()).toBe(
        0,
      );
      await context.close();
    });

    it("sends an expired session to sign-in and back to the page the user was opening", async () => {
      const { context, page } = await newPage(h, "walk-8");
      await h.signIn(page, h.users.national, "/partners");
      await page.getByRole("heading", { name: "Mitra" }).waitFor();
      await checkPage(h, page, "partners");
      await context.clearCookies();
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "UPT" })
        .click();
      await page.waitForURL(/\/sign-in\?next=%2Ffacilities/);
      await page.getByText("Sesi Anda telah berakhir.").waitFor();
      await page.getByLabel("Email").fill(h.users.national.email);
      await page.getByLabel("Kata sandi").fill(h.users.national.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.waitForURL(/\/facilities$/);
      await checkPage(h, page, "facilities");
      await page.getByRole("link", { name: "Rutan Medan" }).click();
      await page.getByRole("heading", { name: "Rutan Medan" }).waitFor();
      await page.getByRole("img", { name: "Warga binaan menurut domisili" }).waitFor();
      await checkPage(h, page, "facility");
      await context.close();
    });

    it("asks for a new password at the first sign-in with a one-time password, then opens the dashboard", async () => {
      const { context, page } = await newPage(h, "walk-9");
      await page.goto("/");
      await page.waitForURL(/\/sign-in/);
      await checkPage(h, page, "sign-in");
      await page.getByLabel("Email").fill(h.users.firstTime.email);
      await page.getByLabel("Kata sandi").fill(h.users.firstTime.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.getByRole("heading", { name: "Pilih kata sandi Anda" }).waitFor();
      await page.getByLabel("Kata sandi sekarang").fill(h.users.firstTime.password);
      await page.getByLabel("Kata sandi baru").fill("pendek");
      await page.getByRole("button", { name: "Ganti kata sandi" }).click();
      await page.getByText("Ada yang perlu diperbaiki").waitFor();
      await h.shoot(page, "password-errors");
      await page.getByLabel("Kata sandi baru").fill("ikan bakar sambal matah di pantai natsepa");
      await page.getByRole("button", { name: "Ganti kata sandi" }).click();
      await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
      await checkPage(h, page, "dashboard-facility");
      await context.close();
    });

    it("checks a certificate at /verify signed out, on a phone, showing nothing about the facility", async () => {
      const { context, page } = await newPage(h, "walk-10", { width: 390, height: 844 });
      await page.goto(`/verify/${h.certificateCode}`);
      await page.getByTestId("verify-status").waitFor();
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).toMatch(/Nama pemegang/);
      expect(text).not.toMatch(/Rutan|Lapas|LPKA/);
      await checkPage(h, page, "verify");
      await context.close();
    });

    it("shows the dashboard and agreements of a national admin, each page free of serious axe violations", async () => {
      const { context, page } = await newPage(h, "walk-11");
      await h.signIn(page, h.users.national);
      await page.getByRole("heading", { name: /Selamat datang/ }).waitFor();
      await page.getByRole("heading", { name: "Cakupan bidang standar" }).waitFor();
      // The coverage matrix fits a 1280 px laptop: short heads, full names for screen readers.
      const matrix = page.locator("section.table-wrap", { has: page.locator("table.coverage") });
      await matrix.getByRole("columnheader", { name: "Ketenagakerjaan" }).waitFor();
      expect(await fitsWidth(matrix)).toBe(true);
      await checkPage(h, page, "dashboard");
      // On a tablet it scrolls sideways, the facility's name staying in view.
      await page.setViewportSize({ width: 820, height: 1180 });
      await matrix.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const name = matrix.getByRole("rowheader").first();
      const [boxLeft, nameLeft] = await Promise.all([
        matrix.evaluate((el) => el.getBoundingClientRect().left),
        name.evaluate((el) => el.getBoundingClientRect().left),
      ]);
      expect(Math.abs(nameLeft - boxLeft)).toBeLessThanOrEqual(2);
      await h.shoot(page, "dashboard-tablet");
      await page.setViewportSize({ width: 1280, height: 800 });
      // One row per Kanwil, counting its facilities covered; its name opens its facilities (in the URL).
      const office = matrix.getByRole("rowheader").first().getByRole("link");
      expect(await office.getAttribute("href")).toMatch(/^\/\?kanwil=/);
      expect(await matrix.locator("tbody td").first().textContent()).toMatch(/^\d+ \/ \d+$/);
      await office.click();
      await page.getByRole("link", { name: "← Semua Kanwil" }).waitFor();
      expect(page.url()).toMatch(/\?kanwil=/);
      const facility = matrix.getByRole("rowheader").first().getByRole("link");
      await facility.waitFor();
      expect(await facility.getAttribute("href")).toMatch(/^\/facilities\//);
      expect(await matrix.locator("tbody td").first().textContent()).toMatch(/^(Ada|Belum)$/);
      await h.shoot(page, "dashboard-kanwil");
      await page.goto("/agreements?status=active");
      await page.getByRole("table").waitFor();
      await checkPage(h, page, "agreements");
      await page.goto("/visits");
      await page.getByRole("table").waitFor();
      await checkPage(h, page, "visits");
      await context.close();
    });

    it("opens Salatiga's monthly report, downloads its PDF, makes a new revision, and marks an alert read", async () => {
      const { context, page } = await newPage(h, "reports");
      await h.signIn(page, h.users.salatiga, "/reports");
      await page.getByRole("heading", { name: "Laporan bulanan" }).waitFor();
      const table = page.getByRole("table", { name: "Laporan bulanan" });
      await table.waitFor();
      expect(await table.textContent()).toMatch(
        /(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
      );
      expect(await table.textContent()).toContain("Rutan Salatiga");
      await checkPage(h, page, "reports");
      await table.getByRole("link").first().click();
      await page.getByRole("heading", { name: /^Laporan bulanan .* — Rutan Salatiga$/ }).waitFor();
      const coverage = page.getByRole("table", { name: "Cakupan bidang kerja sama" });
      await coverage.waitFor();
      expect(await fitsWidth(page.locator("section.table-wrap", { has: coverage }))).toBe(true);
      expect(await coverage.getByRole("row", { name: /Rutan Salatiga/ }).textContent()).toMatch(
        /Berlaku|Belum ada/,
      );
      await page.getByText("Tingkat kelulusan").waitFor();
      await checkPage(h, page, "report");
      const pdf = page.getByRole("link", { name: "Unduh PDF" });
      const href = (await pdf.getAttribute("href")) ?? "";
      expect(href).toMatch(/format=pdf&lang=id$/);
      const file = await page.request.get(href);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toContain("application/pdf");
      expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await page.getByRole("button", { name: "Buat ulang laporan" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText(/disimpan sebagai revisi baru/).waitFor();
      await h.shoot(page, "report-regenerate");
      await dialog.getByRole("button", { name: "Buat revisi baru" }).click();
      await page.getByText(/^Revisi 2, dibuat/).waitFor();

      await page.goto("/");
      const bell = page.getByRole("link", { name: /Peringatan \d+ belum dibaca$/ });
      await bell.waitFor();
      const before = Number((await bell.textContent())?.match(/\d+/)?.[0]);
      await page.getByRole("heading", { name: "Laporan terakhir" }).waitFor();
      await checkPage(h, page, "dashboard-reports");
      await bell.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Peringatan", exact: true }).waitFor();
      const marks = page.getByRole("button", { name: "Tandai sudah dibaca" });
      await marks.first().waitFor();
      await checkPage(h, page, "alerts");
      await marks.first().click();
      const after = before > 1 ? `Peringatan ${before - 1} belum dibaca` : "Peringatan";
      await page.getByRole("link", { name: after, exact: true }).waitFor();
      expect(await page.getByText("Sudah dibaca", { exact: true }).count()).toBe(1);
      await h.shoot(page, "alerts-after");
      await context.close();
    });

    it("adds a partner to the registry and renames it, the tree showing each change", async () => {
      const { context, page } = await newPage(h, "partner");
      await h.signIn(page, h.users.national, "/partners");
      await page.getByRole("link", { name: "Tambah mitra" }).click();
      await page.getByLabel("Jenis mitra").selectOption("certification_body");
      await page.getByLabel("Nama mitra").fill("LSP Uji Kompetensi Nasional");
      await page.getByRole("checkbox", { name: "Ketenagakerjaan" }).check();
      // A field outside the standard list, in the admin's own words.
      await page.getByLabel("Bidang lain").fill("Bank sampah");
      await page.getByRole("button", { name: "Tambahkan bidang" }).click();
      expect(await page.getByRole("checkbox", { name: "Bank sampah" }).isChecked()).toBe(true);
      await h.shoot(page, "partner-form");
      await page.getByRole("button", { name: "Simpan" }).click();
      await page.waitForURL(/\/partners$/);
      await page.getByText("LSP Uji Kompetensi Nasional").waitFor();
      await page.getByText("Ketenagakerjaan, Bank sampah").waitFor();
      // The seeds' fields outside the standard list read in Indonesian, not as codes.
      await page.getByText("Pelayanan publik, Keamanan").waitFor();
      expect(await page.getByText("public service", { exact: false }).count()).toBe(0);
      await page.getByRole("link", { name: "Ubah LSP Uji Kompetensi Nasional" }).click();
      await page.getByRole("heading", { name: "Ubah mitra" }).waitFor();
      await page.getByLabel("Nama mitra").fill("LSP Uji Kompetensi Nasional (BNSP)");
      await page.getByRole("button", { name: "Simpan" }).click();
      await page.waitForURL(/\/partners$/);
      await page.getByText("LSP Uji Kompetensi Nasional (BNSP)").waitFor();
      await context.close();
    });

    it("lays the agreements list out on a tablet", async () => {
      const { context, page } = await newPage(h, "walk-12", { width: 820, height: 1180 });
      await h.signIn(page, h.users.national, "/agreements");
      const table = page.getByRole("table");
      await table.waitFor();
      await h.shoot(page, "agreements-tablet");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
      // The table itself fits its box: nothing to scroll sideways to (the page alone would not show it,
      // since the box scrolls inside itself).
      const wrap = page.locator(".table-wrap", { has: table });
      const [scrollWidth, clientWidth] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      // Status and the term stay in view; the facility and partners stand under the title instead.
      const heads = await table.getByRole("columnheader").allTextContents();
      expect(heads.join(" | ")).toMatch(/Status.*Masa berlaku/);
      expect(heads.join(" | ")).not.toMatch(/Mitra/);
      const parties = table.locator("tbody td:first-child .narrow-only");
      expect(await parties.first().isVisible()).toBe(true);
      expect(await parties.allTextContents()).toContain("Rutan Medan · Pemerintah Kota Medan");
      // Titles take two lines at most, the whole title in the link's title attribute.
      const titles = table.locator("tbody td:first-child a");
      const titleLines = () =>
        titles.evaluateAll((links) =>
          links.map((a) => {
            const style = getComputedStyle(a);
            return Math.round(a.getBoundingClientRect().height / Number.parseFloat(style.lineHeight));
          }),
        );
      expect(Math.max(...(await titleLines()))).toBeLessThanOrEqual(2);
      // The term reads as its two dates, one a line, whatever the width.
      const medan = table.getByRole("row", { name: /Berdomisili di Kota Medan/ });
      const dates = medan.locator(".period > span");
      expect(await dates.allTextContents()).toEqual(["11 November 2025", "– 10 November 2027"]);
      const [from, to] = await dates.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(to).toBeGreaterThan(from ?? Number.POSITIVE_INFINITY);
      expect(await titles.first().getAttribute("title")).toBe(await titles.first().textContent());
      // On a laptop the same list shows every column, the facility and partners in their own.
      await page.setViewportSize({ width: 1280, height: 800 });
      expect((await table.getByRole("columnheader").allTextContents()).join(" | ")).toMatch(
        /Judul.*Jenis.*Status.*UPT.*Mitra.*Masa berlaku/,
      );
      expect(await parties.first().isVisible()).toBe(false);
      const [wide, box] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(wide).toBeLessThanOrEqual(box);
      // The titles have the room: three lines at most, none clamped.
      expect(Math.max(...(await titleLines()))).toBeLessThanOrEqual(3);
      await h.shoot(page, "agreements-laptop");
      // A wide screen keeps the same columns, the titles on fewer lines.
      await page.setViewportSize({ width: 1920, height: 1080 });
      const [wider, widerBox] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(wider).toBeLessThanOrEqual(widerBox);
      await h.shoot(page, "agreements-wide");
      await context.close();
    });
  });
});
