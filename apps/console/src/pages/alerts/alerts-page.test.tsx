import { fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderPage } from "../../testing/render-page.tsx";
import AlertsPage, { type Alert } from "./alerts-page.tsx";

const alert = (id: string, ids: Partial<Alert>): Alert => ({
  id,
  kind: "report_failed",
  facilityId: null,
  regionalOfficeId: null,
  subjectId: null,
  detail: { period: "2026-11" },
  raisedAt: "2026-12-01T02:00:00Z",
  read: false,
  readAt: null,
  ...ids,
});

const rowOf = (name: string) => screen.getByText(name).closest("tr") as HTMLElement;

describe("the alerts page", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows each alert's time in the zone of the unit it is about, not always WIB", async () => {
    renderPage(AlertsPage, {
      "/api/v1/alerts": {
        items: [
          alert("a1", { facilityId: "masohi", regionalOfficeId: "kanwil-maluku" }),
          alert("a2", { facilityId: "barabai", regionalOfficeId: "kanwil-kalsel" }),
          alert("a3", { regionalOfficeId: "kanwil-maluku" }),
          alert("a4", {}),
        ],
        nextCursor: null,
      },
      "/api/v1/facilities": {
        items: [
          { id: "masohi", name: "Rutan Masohi", timeZone: "Asia/Jayapura" },
          { id: "barabai", name: "Rutan Barabai", timeZone: "Asia/Makassar" },
        ],
        nextCursor: null,
      },
      "/api/v1/regional-offices": {
        items: [
          { id: "kanwil-maluku", name: "Kanwil Maluku", provinceCode: "81" },
          { id: "kanwil-kalsel", name: "Kanwil Kalimantan Selatan", provinceCode: "63" },
        ],
        nextCursor: null,
      },
    });
    await screen.findByText("Rutan Masohi");
    expect(rowOf("Rutan Masohi")).toHaveTextContent("1 Desember 2026 11.00 WIT");
    expect(rowOf("Rutan Barabai")).toHaveTextContent("1 Desember 2026 10.00 WITA");
    const rows = screen.getAllByRole("row").slice(1);
    // The office's alert reads in its province's zone; the directorate's in WIB.
    expect(rows[2]).toHaveTextContent("1 Desember 2026 11.00 WIT");
    expect(rows[3]).toHaveTextContent("1 Desember 2026 09.00 WIB");
  });

  it("names a facility beyond the lookup's first 200 by asking for it by id, with its zone", async () => {
    const lookupPage = [{ id: "masohi", name: "Rutan Masohi", timeZone: "Asia/Jayapura" }];
    const byId = vi.fn(() => ({
      items: [{ id: "f-tual", name: "Rutan Kelas IIB Tual", timeZone: "Asia/Jayapura" }],
      nextCursor: null,
    }));
    renderPage(AlertsPage, {
      "/api/v1/alerts": {
        items: [alert("a1", { facilityId: "f-tual", regionalOfficeId: "kanwil-kalsel" })],
        nextCursor: null,
      },
      "/api/v1/facilities": (options: { params?: { query?: { ids?: string } } }) =>
        options.params?.query?.ids === undefined ? { items: lookupPage, nextCursor: null } : byId(),
      "/api/v1/regional-offices": {
        items: [{ id: "kanwil-kalsel", name: "Kanwil Kalimantan Selatan", provinceCode: "63" }],
        nextCursor: null,
      },
    });
    await screen.findByText("Rutan Kelas IIB Tual");
    expect(byId).toHaveBeenCalledTimes(1);
    // Read in the facility's own zone (WIT), not its office's (WITA).
    expect(rowOf("Rutan Kelas IIB Tual")).toHaveTextContent("1 Desember 2026 11.00 WIT");
  });

  it("pages the alerts fifty at a time, with the way back to the page before", async () => {
    const asked: Record<string, unknown>[] = [];
    renderPage(AlertsPage, {
      "/api/v1/alerts": (o: { params: { query: Record<string, unknown> } }) => {
        asked.push(o.params.query);
        const from = o.params.query.cursor === "page-2" ? 50 : 0;
        const items = Array.from({ length: 50 }, (_, i) =>
          alert(`a${from + i}`, {
            kind: "report_failed",
            detail: { period: `20${String(from + i).padStart(2, "0")}-01` },
          }),
        );
        return { items, nextCursor: "page-2" };
      },
      "/api/v1/facilities": { items: [], nextCursor: null },
      "/api/v1/regional-offices": { items: [], nextCursor: null },
    });
    await screen.findByText("Menampilkan 50 baris");
    expect(asked).toEqual([{ limit: 50 }]);
    fireEvent.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
    await vi.waitFor(() => expect(asked.at(-1)).toEqual({ limit: 50, cursor: "page-2" }));
    expect(screen.getByRole("button", { name: "Halaman sebelumnya" })).toBeEnabled();
  });
});
