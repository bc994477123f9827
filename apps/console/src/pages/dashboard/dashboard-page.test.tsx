import { screen, within } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import { renderPage } from "../../testing/render-page.tsx";
import DashboardPage from "./dashboard-page.tsx";

const page = { nextCursor: null };
const licence = (id: string, facilityId: string, facilityName: string, expiresOn: string) => ({
  id,
  facilityId,
  facilityName,
  type: "hygiene_sanitation",
  number: "SLHS/440/0112/2023",
  issuer: "Dinas Kesehatan",
  status: "granted",
  statusToday: "granted",
  expiresOn,
});

afterEach(() => vi.restoreAllMocks());

it("lists the licences ending soon across the scope from one request, with their facilities", async () => {
  renderPage(DashboardPage, {
    "/api/v1/auth/me": { id: "u1", name: "Admin Pusat", role: "national_admin", scope: { kind: "national" } },
    "/api/v1/licences": {
      items: [
        licence("l1", "f-blora", "Rutan Kelas IIB Blora", "2026-12-20"),
        licence("l2", "f-jayapura", "Lapas Kelas IIA Jayapura", "2027-02-01"),
      ],
      ...page,
    },
  });
  const card = (await screen.findByRole("heading", { name: "Izin akan berakhir (90 hari)" })).parentElement;
  if (!card) throw new Error("no card");
  const blora = await within(card).findByRole("link", { name: "Rutan Kelas IIB Blora" });
  expect(blora).toHaveAttribute("href", "/facilities/f-blora");
  expect(within(card).getByRole("link", { name: "Lapas Kelas IIA Jayapura" })).toBeInTheDocument();
  expect(card).toHaveTextContent("20 Desember 2026");
  const calls = vi.mocked(api.GET).mock.calls.map((c) => c[0] as string);
  expect(calls.filter((p) => p === "/api/v1/licences")).toHaveLength(1);
  expect(calls).not.toContain("/api/v1/facilities/{id}/licences");
  expect(vi.mocked(api.GET).mock.calls.find((c) => c[0] === "/api/v1/licences")?.[1]).toMatchObject({
    params: { query: { status: "granted", expiresWithinDays: "90", sort: "expiresOn" } },
  });
});

it("counts the agreements ending soon over the whole scope and lists only the first few", async () => {
  const agreement = (id: string, endDate: string) => ({
    id,
    title: `PKS ${id}`,
    facilityId: "f-blora",
    endDate,
    timeZone: "Asia/Jakarta",
  });
  renderPage(DashboardPage, {
    "/api/v1/auth/me": { id: "u1", name: "Admin Pusat", role: "national_admin", scope: { kind: "national" } },
    "/api/v1/agreements/ending-soon": { days0To7: 3, days8To30: 40, days31To90: 1278 },
    "/api/v1/agreements": { items: [agreement("a1", "2026-12-05"), agreement("a2", "2026-12-06")], ...page },
    "/api/v1/facilities": { items: [{ id: "f-blora", name: "Rutan Kelas IIB Blora" }], ...page },
  });
  const chart = await screen.findByRole("table", { name: "Perjanjian menurut sisa hari" });
  const rows = within(chart).getAllByRole("row").slice(1);
  expect(rows.map((r) => r.textContent)).toEqual(["≤ 7 hari3", "8–30 hari40", "31–90 hari1.278"]);
  expect(await screen.findByRole("link", { name: "PKS a1" })).toHaveAttribute("href", "/agreements/a1");
  const lists = vi.mocked(api.GET).mock.calls.filter((c) => c[0] === "/api/v1/agreements");
  expect(lists).toHaveLength(1);
  expect(lists[0]?.[1]).toMatchObject({ params: { query: { status: "expiring", limit: 8 } } });
});
