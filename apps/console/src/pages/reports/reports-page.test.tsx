import { fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { renderPage } from "../../testing/render-page.tsx";
import ReportsPage from "./reports-page.tsx";

afterEach(() => vi.restoreAllMocks());

const report = (i: number, scopeName: string | null, period = "2026-11", timeZone = "Asia/Jakarta") => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  period,
  scopeKind: scopeName === null ? "national" : "facility",
  scopeName,
  timeZone,
  revision: 1,
  madeAt: "2026-12-01T00:05:00Z",
});
const facility = (i: number) => ({ id: `f${i}`, name: `Lapas ${String(i).padStart(3, "0")}` });
const national = { id: "u1", name: "Admin", role: "national_admin", scope: { kind: "national" } };

it("pages a month's reports fifty at a time and filters them by scope, month and facility through the API", async () => {
  const asked: Record<string, unknown>[] = [];
  renderPage(ReportsPage, {
    "/api/v1/auth/me": national,
    "/api/v1/regional-offices": { items: [{ id: "ro1", name: "Kanwil Jawa Tengah" }], nextCursor: null },
    "/api/v1/facilities": (o: { params: { query: { q?: string; ids?: string } } }) =>
      o.params.query.q === "Wamena" || o.params.query.ids === "f-wamena"
        ? { items: [{ id: "f-wamena", name: "Lapas Wamena" }], nextCursor: null }
        : { items: Array.from({ length: 200 }, (_, i) => facility(i)), nextCursor: "more" },
    "/api/v1/reports": (o: { params: { query: Record<string, unknown> } }) => {
      asked.push(o.params.query);
      if (o.params.query.facilityId === "f-wamena") return { items: [], nextCursor: null };
      return {
        items: Array.from({ length: 50 }, (_, i) => report(i, i === 0 ? null : `Lapas ${i}`)),
        nextCursor: "page-2",
      };
    },
  });
  expect(await screen.findByRole("cell", { name: "Nasional" })).toBeInTheDocument();
  expect(asked.at(-1)).toEqual({ limit: 50 });
  fireEvent.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
  await vi.waitFor(() => expect(asked.at(-1)).toEqual({ limit: 50, cursor: "page-2" }));
  // A filter starts again at the first page.
  fireEvent.change(screen.getByLabelText("Bulan"), { target: { value: "2026-10" } });
  await vi.waitFor(() => expect(asked.at(-1)).toEqual({ limit: 50, from: "2026-10", to: "2026-10" }));
  fireEvent.change(screen.getByLabelText("Lingkup"), { target: { value: "facility" } });
  await vi.waitFor(() =>
    expect(asked.at(-1)).toEqual({ limit: 50, scopeKind: "facility", from: "2026-10", to: "2026-10" }),
  );
  // 530 facilities nationally: the first 200 at hand, any other found by name.
  fireEvent.input(await screen.findByLabelText("Cari UPT lain menurut nama"), {
    target: { value: "Wamena" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Cari" }));
  fireEvent.click(await screen.findByRole("button", { name: "Pilih Lapas Wamena" }));
  await vi.waitFor(() =>
    expect(asked.at(-1)).toEqual({
      limit: 50,
      scopeKind: "facility",
      facilityId: "f-wamena",
      from: "2026-10",
      to: "2026-10",
    }),
  );
  expect(await screen.findByText("Tidak ada laporan yang cocok dengan saringan ini.")).toBeInTheDocument();
  // The one chosen beyond the first 200 is named in the select, read by its id.
  const select = screen.getByLabelText("UPT") as HTMLSelectElement;
  await vi.waitFor(() => expect(select.selectedOptions[0]?.text).toBe("Lapas Wamena"));
});

it("offers a facility's own people no choice of scope, only the month", async () => {
  renderPage(ReportsPage, {
    "/api/v1/auth/me": { ...national, role: "facility_admin", scope: { kind: "facility", facilityId: "f1" } },
    "/api/v1/regional-offices": { items: [{ id: "ro1", name: "Kanwil Jawa Tengah" }], nextCursor: null },
    "/api/v1/reports": { items: [report(1, "Rutan Salatiga")], nextCursor: null },
  });
  expect(await screen.findByText("Rutan Salatiga")).toBeInTheDocument();
  expect(screen.getByLabelText("Bulan")).toBeInTheDocument();
  expect(screen.queryByLabelText("Lingkup")).toBeNull();
});

it("shows when each report was made in its own unit's zone, not all in WIB", async () => {
  renderPage(ReportsPage, {
    "/api/v1/auth/me": national,
    "/api/v1/regional-offices": { items: [{ id: "ro1", name: "Kanwil Jawa Tengah" }], nextCursor: null },
    "/api/v1/reports": {
      items: [
        report(1, "Rutan Salatiga"),
        report(2, "Lapas Wamena", "2026-11", "Asia/Jayapura"),
        report(3, "Rutan Barabai", "2026-11", "Asia/Makassar"),
      ],
      nextCursor: null,
    },
  });
  // 00.05 UTC is 07.05 in Salatiga, 08.05 in Barabai and 09.05 in Wamena.
  expect(await screen.findByRole("cell", { name: "1 Desember 2026 07.05 WIB" })).toBeInTheDocument();
  expect(screen.getByRole("cell", { name: "1 Desember 2026 09.05 WIT" })).toBeInTheDocument();
  expect(screen.getByRole("cell", { name: "1 Desember 2026 08.05 WITA" })).toBeInTheDocument();
});
