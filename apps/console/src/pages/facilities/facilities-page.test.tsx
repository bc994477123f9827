import { fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import { renderPage } from "../../testing/render-page.tsx";
import FacilitiesPage from "./facilities-page.tsx";

afterEach(() => vi.restoreAllMocks());

const facility = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name: `Rutan Kelas IIB Contoh ${String(i).padStart(3, "0")}`,
  kind: "rutan",
  class: "IIB",
  timeZone: "Asia/Jakarta",
  capacity: 150,
});

it("pages a national register of facilities 50 at a time and searches it by name through the API", async () => {
  renderPage(FacilitiesPage, {
    "/api/v1/regional-offices": {
      items: [
        { id: "ro1", name: "Kanwil Jawa Tengah" },
        { id: "ro2", name: "Kanwil Papua" },
      ],
      nextCursor: null,
    },
    "/api/v1/facilities": { items: Array.from({ length: 50 }, (_, i) => facility(i)), nextCursor: "next" },
  });
  expect(await screen.findByRole("link", { name: "Rutan Kelas IIB Contoh 049" })).toBeInTheDocument();
  expect(screen.getByText("Menampilkan 50 baris")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Halaman berikutnya" })).toBeEnabled();
  expect(screen.getByRole("combobox", { name: "Kanwil" })).toBeInTheDocument();
  const get = vi.mocked(api.GET);
  expect(get.mock.calls.find((c) => c[0] === "/api/v1/facilities")?.[1]).toMatchObject({
    params: { query: { limit: 50, sort: "name" } },
  });
  fireEvent.input(screen.getByRole("searchbox", { name: "Cari nama UPT" }), { target: { value: "Tual" } });
  fireEvent.submit(screen.getByRole("form", { name: "Saring UPT" }));
  await vi.waitFor(() =>
    expect(
      get.mock.calls.some(
        (c) =>
          c[0] === "/api/v1/facilities" &&
          (c[1] as { params: { query: { q?: string } } }).params.query.q === "Tual",
      ),
    ).toBe(true),
  );
});
