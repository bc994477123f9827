import { fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import { renderPage } from "../../testing/render-page.tsx";
import PartnersPage from "./partners-page.tsx";

afterEach(() => vi.restoreAllMocks());

const partner = (i: number, name = `Pemerintah Kabupaten Contoh ${String(i).padStart(3, "0")}`) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name,
  kind: "local_government",
  parentId: null,
  fields: [],
});

it("says when only the first 200 partners are shown, and finds the others by name through the API", async () => {
  renderPage(PartnersPage, {
    "/api/v1/auth/me": { id: "u1", name: "Admin", role: "national_admin", scope: { kind: "national" } },
    "/api/v1/partners": { items: Array.from({ length: 200 }, (_, i) => partner(i)), nextCursor: "more" },
  });
  expect(
    await screen.findByText("Menampilkan 200 mitra pertama menurut nama. Cari untuk menemukan mitra lain."),
  ).toBeInTheDocument();
  const get = vi.mocked(api.GET);
  get.mockImplementation((async (_path: string, init: { params: { query: { q?: string } } }) => ({
    data: {
      items: init.params.query.q ? [partner(900, "Dinas Sosial Kabupaten Merauke")] : [],
      nextCursor: null,
    },
    response: new Response(null, { status: 200 }),
  })) as unknown as typeof api.GET);
  fireEvent.input(screen.getByRole("searchbox", { name: "Cari nama mitra" }), {
    target: { value: "Merauke" },
  });
  fireEvent.submit(screen.getByRole("form", { name: "Cari mitra" }));
  expect(await screen.findByText("Dinas Sosial Kabupaten Merauke")).toBeInTheDocument();
  expect(screen.getByText("1 mitra")).toBeInTheDocument();
  const asked = get.mock.calls.map(
    (c) => (c[1] as { params?: { query: { q?: string } } } | undefined)?.params,
  );
  expect(asked.some((p) => p?.query.q === "Merauke")).toBe(true);
});
