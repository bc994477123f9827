import { screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Canned, renderPage } from "../../testing/render-page.tsx";
import FacilityPage from "./facility-page.tsx";

const salatiga = {
  id: "f1",
  name: "Rutan Salatiga",
  kind: "rutan",
  class: "IIB",
  timeZone: "Asia/Jakarta",
  capacity: 150,
  head: null,
};
const page = { nextCursor: null };

function open(agreements: unknown[], more: Partial<Canned> = {}) {
  const canned: Canned = {
    "/api/v1/auth/me": { id: "u1", name: "Admin", role: "national_admin", scope: { kind: "national" } },
    "/api/v1/facilities/{id}": salatiga,
    "/api/v1/facilities/{id}/licences": { items: [], ...page },
    "/api/v1/facilities/{id}/population-snapshots": { items: [], ...page },
    "/api/v1/agreements": { items: agreements, ...page },
    "/api/v1/partners": { items: [{ id: "p1", name: "Pemerintah Kota Salatiga" }], ...page },
    "/api/v1/programs": { items: [], ...page },
    ...more,
  };
  renderPage(FacilityPage, canned, { route: "/facilities/:id", path: "/facilities/f1" });
}

describe("a facility's page", () => {
  afterEach(() => vi.restoreAllMocks());

  it("says plainly that the facility has no agreement in its own name, and where to draft one", async () => {
    open([]);
    await screen.findByRole("heading", { name: "Rutan Salatiga", level: 1 });
    const empty = await screen.findByText(/Belum ada perjanjian atas nama UPT ini/);
    expect(empty).toHaveTextContent("perjanjian Kanwil dan Ditjenpas tidak tercantum di sini");
    expect(screen.getByRole("link", { name: "Buat draf perjanjian" })).toHaveAttribute(
      "href",
      "/agreements/new",
    );
  });

  it("lists the facility's agreements with their partners once it has any", async () => {
    open([
      {
        id: "a1",
        title: "PKS Pelatihan Tata Boga bagi Warga Binaan Rutan Salatiga",
        status: "draft",
        endDate: null,
        partnerIds: ["p1"],
      },
    ]);
    await screen.findByRole("link", { name: "PKS Pelatihan Tata Boga bagi Warga Binaan Rutan Salatiga" });
    expect(await screen.findByText("Pemerintah Kota Salatiga")).toBeInTheDocument();
    expect(screen.queryByText(/Belum ada perjanjian/)).toBeNull();
  });

  it("lists the programs run here as the API finds them by facility, and says when only the first are shown", async () => {
    const asked: unknown[] = [];
    const program = (i: number) => ({ id: `pr${i}`, name: `Pelatihan ${String(i).padStart(3, "0")}` });
    open([], {
      "/api/v1/programs": (o: { params: { query: unknown } }) => {
        asked.push(o.params.query);
        return { items: Array.from({ length: 100 }, (_, i) => program(i)), nextCursor: "more" };
      },
    });
    expect(await screen.findByText("Pelatihan 099")).toBeInTheDocument();
    expect(asked).toEqual([{ facilityId: "f1", sort: "name", limit: 100 }]);
    expect(screen.getByText("Hanya 100 yang pertama ditampilkan di sini.")).toBeInTheDocument();
    expect(screen.queryByText("Belum ada program pelatihan di UPT ini.")).toBeNull();
  });
});
