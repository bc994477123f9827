import { fireEvent, screen, within } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import { renderPage } from "../../testing/render-page.tsx";
import PartnersPage from "./partners-page.tsx";

afterEach(() => vi.restoreAllMocks());

const partner = (
  i: number,
  name = `Pemerintah Kabupaten Contoh ${String(i).padStart(3, "0")}`,
  more: { kind?: string; parentId?: string | null } = {},
) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name,
  kind: more.kind ?? "local_government",
  parentId: more.parentId ?? null,
  fields: [],
});

const me = { id: "u1", name: "Admin", role: "national_admin", scope: { kind: "national" } };
type Query = { params?: { query: Record<string, string | number | undefined> } } | undefined;
const queries = () => vi.mocked(api.GET).mock.calls.map((c) => (c[1] as Query)?.params?.query ?? {});

it("shows the register's top level fifty at a time and pages on by cursor", async () => {
  renderPage(PartnersPage, {
    "/api/v1/auth/me": me,
    "/api/v1/partners": (o: Query) =>
      o?.params?.query.cursor === "page-2"
        ? { items: [partner(60, "Yayasan Bina Warga", { kind: "ngo" })], nextCursor: null }
        : { items: Array.from({ length: 50 }, (_, i) => partner(i)), nextCursor: "page-2" },
  });
  expect(await screen.findByText("Pemerintah Kabupaten Contoh 049")).toBeInTheDocument();
  expect(queries()).toContainEqual({ topLevel: "true", sort: "name", limit: 50 });
  fireEvent.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
  expect(await screen.findByText("Yayasan Bina Warga")).toBeInTheDocument();
  expect(queries()).toContainEqual({ topLevel: "true", sort: "name", limit: 50, cursor: "page-2" });
  // A foundation never has units below it: nothing to open.
  expect(screen.queryByRole("button", { name: /Lihat unit di bawahnya/ })).toBeNull();
  // Choosing a kind starts again at the first page of that kind.
  fireEvent.change(screen.getByLabelText("Jenis mitra"), { target: { value: "local_government" } });
  await vi.waitFor(() =>
    expect(queries().at(-1)).toEqual({ topLevel: "true", sort: "name", limit: 50, kind: "local_government" }),
  );
});

it("opens a local government onto its agencies, read when opened, and an agency onto its own", async () => {
  const pemkab = partner(1, "Pemerintah Kabupaten Merauke");
  const dinas = partner(2, "Dinas Sosial Kabupaten Merauke", {
    kind: "government_agency",
    parentId: pemkab.id,
  });
  renderPage(PartnersPage, {
    "/api/v1/auth/me": me,
    "/api/v1/partners": (o: Query) => {
      const q = o?.params?.query ?? {};
      if (q.parentId === pemkab.id) return { items: [dinas], nextCursor: null };
      if (q.parentId === dinas.id) return { items: [], nextCursor: null };
      return { items: [pemkab], nextCursor: null };
    },
  });
  const open = await screen.findByRole("button", {
    name: "Lihat unit di bawahnya: Pemerintah Kabupaten Merauke",
  });
  expect(queries().some((q) => q.parentId !== undefined)).toBe(false);
  expect(open).toHaveAttribute("aria-expanded", "false");
  fireEvent.click(open);
  expect(await screen.findByText("Dinas Sosial Kabupaten Merauke")).toBeInTheDocument();
  expect(open).toHaveAttribute("aria-expanded", "true");
  expect(queries()).toContainEqual({ parentId: pemkab.id, sort: "name", limit: 200 });
  fireEvent.click(
    screen.getByRole("button", { name: "Lihat unit di bawahnya: Dinas Sosial Kabupaten Merauke" }),
  );
  expect(await screen.findByText("Belum ada unit di bawahnya.")).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Tutup unit: Pemerintah Kabupaten Merauke" }));
  expect(screen.queryByText("Dinas Sosial Kabupaten Merauke")).toBeNull();
});

it("says when a search shows only its first 200 matches, and shows the matches under their parents", async () => {
  const pemkab = partner(900, "Pemerintah Kabupaten Merauke");
  const dinas = partner(901, "Dinas Sosial Kabupaten Merauke", {
    kind: "government_agency",
    parentId: pemkab.id,
  });
  renderPage(PartnersPage, {
    "/api/v1/auth/me": me,
    "/api/v1/partners": (o: Query) => {
      const q = o?.params?.query ?? {};
      if (q.q === "Merauke") return { items: [dinas, pemkab], nextCursor: null };
      if (q.q === "Kabupaten")
        return { items: Array.from({ length: 200 }, (_, i) => partner(i)), nextCursor: "more" };
      return { items: [partner(1)], nextCursor: null };
    },
  });
  await screen.findByText("Pemerintah Kabupaten Contoh 001");
  const search = (text: string) => {
    fireEvent.input(screen.getByRole("searchbox", { name: "Cari nama mitra" }), { target: { value: text } });
    fireEvent.submit(screen.getByRole("form", { name: "Cari mitra" }));
  };
  search("Merauke");
  expect(await screen.findByText("2 mitra")).toBeInTheDocument();
  const parentItem = screen.getByText("Pemerintah Kabupaten Merauke").closest("li") as HTMLElement;
  expect(within(parentItem).getByText("Dinas Sosial Kabupaten Merauke")).toBeInTheDocument();
  search("Kabupaten");
  expect(
    await screen.findByText("Menampilkan 200 mitra pertama menurut nama. Cari untuk menemukan mitra lain."),
  ).toBeInTheDocument();
  expect(queries()).toContainEqual({ q: "Merauke", sort: "name", limit: 200 });
  // A search keeps to the kind chosen.
  fireEvent.change(screen.getByLabelText("Jenis mitra"), { target: { value: "government_agency" } });
  search("Merauke");
  await vi.waitFor(() =>
    expect(queries()).toContainEqual({ q: "Merauke", sort: "name", limit: 200, kind: "government_agency" }),
  );
});
