import { fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { renderPage } from "../../testing/render-page.tsx";
import AgreementsPage from "./agreements-page.tsx";

afterEach(() => vi.restoreAllMocks());

const agreement = (id: string, title: string, facilityId: string) => ({
  id,
  kind: "pks",
  title,
  status: "active",
  facilityId,
  partnerIds: [],
  startDate: "2025-01-01",
  endDate: "2027-12-31",
});
const facility = (i: number) => ({ id: `f${i}`, name: `Lapas ${String(i).padStart(3, "0")}` });
const national = { id: "u1", name: "Admin", role: "national_admin", scope: { kind: "national" } };

it("filters a national register of agreements by a facility found by name, beyond the first 200", async () => {
  const asked: Record<string, unknown>[] = [];
  renderPage(AgreementsPage, {
    "/api/v1/auth/me": national,
    "/api/v1/partners": { items: [], nextCursor: null },
    "/api/v1/facilities": (o: { params: { query: { q?: string; ids?: string } } }) =>
      o.params.query.q === "Wamena" || o.params.query.ids === "f-wamena"
        ? { items: [{ id: "f-wamena", name: "Lapas Wamena" }], nextCursor: null }
        : { items: Array.from({ length: 200 }, (_, i) => facility(i)), nextCursor: "more" },
    "/api/v1/agreements": (o: { params: { query: Record<string, unknown> } }) => {
      asked.push(o.params.query);
      return o.params.query.facilityId === "f-wamena"
        ? { items: [agreement("a2", "PKS Pelatihan Kerja Lapas Wamena", "f-wamena")], nextCursor: null }
        : { items: [agreement("a1", "PKS Pelatihan Roti Lapas 001", "f1")], nextCursor: null };
    },
  });
  expect(await screen.findByRole("link", { name: "PKS Pelatihan Roti Lapas 001" })).toBeInTheDocument();
  fireEvent.input(screen.getByLabelText("Cari UPT lain menurut nama"), { target: { value: "Wamena" } });
  // Enter searches; it does not send the filter form.
  fireEvent.keyDown(screen.getByLabelText("Cari UPT lain menurut nama"), { key: "Enter" });
  fireEvent.click(await screen.findByRole("button", { name: "Pilih Lapas Wamena" }));
  expect(await screen.findByRole("link", { name: "PKS Pelatihan Kerja Lapas Wamena" })).toBeInTheDocument();
  expect(asked.at(-1)).toMatchObject({ facilityId: "f-wamena" });
  const select = screen.getByLabelText("UPT") as HTMLSelectElement;
  await vi.waitFor(() => expect(select.selectedOptions[0]?.text).toBe("Lapas Wamena"));
  fireEvent.change(select, { target: { value: "" } });
  await vi.waitFor(() => expect(asked.at(-1)).not.toHaveProperty("facilityId"));
});

it("offers a facility's own admin no facility filter", async () => {
  renderPage(AgreementsPage, {
    "/api/v1/auth/me": { ...national, role: "facility_admin", scope: { kind: "facility", facilityId: "f1" } },
    "/api/v1/partners": { items: [], nextCursor: null },
    "/api/v1/facilities": { items: [facility(1)], nextCursor: null },
    "/api/v1/agreements": {
      items: [agreement("a1", "PKS Pelatihan Roti Lapas 001", "f1")],
      nextCursor: null,
    },
  });
  expect(await screen.findByRole("link", { name: "PKS Pelatihan Roti Lapas 001" })).toBeInTheDocument();
  expect(screen.queryByLabelText("UPT")).toBeNull();
});
