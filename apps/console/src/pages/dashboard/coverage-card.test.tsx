import { screen, within } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import type { User } from "../../auth/session.ts";
import { renderPage } from "../../testing/render-page.tsx";
import { CoverageCard } from "./coverage-card.tsx";

const national = {
  id: "u1",
  name: "Admin Pusat",
  role: "national_admin",
  scope: { kind: "national" },
} as User;
const regional = {
  id: "u2",
  name: "Admin Kanwil",
  role: "regional_admin",
  scope: { kind: "regional", regionalOfficeId: "kanwil-maluku" },
} as User;

const fields = ["health", "civil_registration", "manpower"];
const row = (kind: string, id: string, name: string, facilities: number, covered: number[]) => ({
  kind,
  id,
  name,
  regionalOfficeId: kind === "regionalOffice" ? id : "kanwil-maluku",
  regionalOfficeName: "Kanwil Maluku",
  facilities,
  covered: Object.fromEntries(fields.map((f, i) => [f, covered[i] ?? 0])),
});

type Query = { params?: { query?: Record<string, string> } };
const coverage = (options: Query) =>
  options.params?.query?.groupBy === "regionalOffice"
    ? { fields, rows: [row("regionalOffice", "kanwil-maluku", "Kanwil Maluku", 12, [12, 5, 0])] }
    : {
        fields,
        rows: [
          row("facility", "f-tual", "Rutan Kelas IIB Tual", 1, [1, 0, 0]),
          row("facility", "f-masohi", "Rutan Kelas IIB Masohi", 1, [1, 1, 0]),
        ],
      };

afterEach(() => vi.restoreAllMocks());

it("gives a national admin one row per Kanwil, counting its facilities covered for each field", async () => {
  renderPage(() => <CoverageCard user={national} />, { "/api/v1/coverage": coverage });
  const office = await screen.findByRole("link", { name: "Kanwil Maluku" });
  expect(office).toHaveAttribute("href", "/?kanwil=kanwil-maluku");
  const cells = within(office.closest("tr") as HTMLElement).getAllByRole("cell");
  expect(cells.map((c) => c.textContent)).toEqual(["12 / 12", "5 / 12", "0 / 12"]);
  expect(cells[1]?.firstElementChild).toHaveAttribute("title", "5 dari 12 UPT");
  expect(screen.getByText("12 UPT")).toBeInTheDocument();
  const call = vi.mocked(api.GET).mock.calls.find((c) => c[0] === "/api/v1/coverage");
  expect(call?.[1]).toMatchObject({ params: { query: { groupBy: "regionalOffice" } } });
});

it("shows a chosen Kanwil's facilities, each field covered or not, with the way back to all", async () => {
  renderPage(
    () => <CoverageCard user={national} />,
    { "/api/v1/coverage": coverage },
    {
      route: "*",
      path: "/?kanwil=kanwil-maluku",
    },
  );
  const tual = await screen.findByRole("link", { name: "Rutan Kelas IIB Tual" });
  expect(tual).toHaveAttribute("href", "/facilities/f-tual");
  const cells = within(tual.closest("tr") as HTMLElement).getAllByRole("cell");
  expect(cells.map((c) => c.textContent)).toEqual(["Ada", "Belum", "Belum"]);
  expect(screen.getByRole("link", { name: "← Semua Kanwil" })).toHaveAttribute("href", "/");
  const call = vi.mocked(api.GET).mock.calls.find((c) => c[0] === "/api/v1/coverage");
  expect(call?.[1]).toMatchObject({ params: { query: { regionalOfficeId: "kanwil-maluku" } } });
});

it("gives a regional admin its facilities straight away", async () => {
  renderPage(() => <CoverageCard user={regional} />, { "/api/v1/coverage": coverage });
  await screen.findByRole("link", { name: "Rutan Kelas IIB Masohi" });
  expect(screen.queryByRole("link", { name: "← Semua Kanwil" })).toBeNull();
  const call = vi.mocked(api.GET).mock.calls.find((c) => c[0] === "/api/v1/coverage");
  expect(call?.[1]).toMatchObject({ params: { query: {} } });
});
