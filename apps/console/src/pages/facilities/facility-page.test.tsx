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

function open(agreements: unknown[], role = "national_admin") {
  const canned: Canned = {
    "/api/v1/auth/me": { id: "u1", name: "Admin", role, scope: { kind: "national" } },
    "/api/v1/facilities/{id}": salatiga,
    "/api/v1/facilities/{id}/licences": { items: [], ...page },
    "/api/v1/facilities/{id}/population-snapshots": { items: [], ...page },
    "/api/v1/agreements": { items: agreements, ...page },
    "/api/v1/partners": { items: [{ id: "p1", name: "Pemerintah Kota Salatiga" }], ...page },
    "/api/v1/cohorts": { items: [], ...page },
    "/api/v1/programs": { items: [], ...page },
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
});
