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
