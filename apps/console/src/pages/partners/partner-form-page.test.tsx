import { fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import { renderPage } from "../../testing/render-page.tsx";
import PartnerFormPage from "./partner-form-page.tsx";

const blora = {
  id: "3c6f9a0e-2b1d-4e8f-9a7c-5d4e3f2a1b0c",
  kind: "local_government",
  name: "Pemerintah Kabupaten Blora",
  parentId: null,
  areaCode: "33.16",
  contacts: [],
  fields: ["public_service", "security"],
  ownerRegionalOfficeId: null,
  revision: 3,
  createdAt: "2024-04-16T08:47:00Z",
  updatedAt: "2024-04-16T08:47:00Z",
};

describe("editing a partner's fields of cooperation", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows the fields it has outside the standard list in Indonesian, ticked, and keeps them with one added", async () => {
    const patch = vi.spyOn(api, "PATCH").mockResolvedValue({
      data: blora,
      response: new Response(null, { status: 200 }),
    } as never);
    renderPage(
      PartnerFormPage,
      { "/api/v1/partners": { items: [blora] }, "/api/v1/partners/{id}": blora },
      { route: "/partners/:id/edit", path: `/partners/${blora.id}/edit` },
    );
    expect(await screen.findByRole("checkbox", { name: "Pelayanan publik" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Keamanan" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Kesehatan" })).not.toBeChecked();
    fireEvent.input(screen.getByLabelText("Bidang lain"), { target: { value: "Lingkungan hidup" } });
    fireEvent.click(screen.getByRole("button", { name: "Tambahkan bidang" }));
    expect(screen.getByRole("checkbox", { name: "Lingkungan hidup" })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    await waitFor(() => expect(patch).toHaveBeenCalledOnce());
    const [, options] = patch.mock.calls[0] as unknown as [string, { body: { fields: string[] } }];
    expect(options.body.fields).toEqual(["public_service", "security", "environment"]);
  });
});

describe("choosing a partner's parent agency", () => {
  afterEach(() => vi.restoreAllMocks());

  const partner = (id: string, name: string, kind: string, parentId: string | null = null) => ({
    ...blora,
    id: `00000000-0000-4000-8000-${id}`,
    name,
    kind,
    parentId,
    fields: [],
  });
  const merauke = partner("000000000001", "Pemerintah Kabupaten Merauke", "local_government");
  const jayapura = partner("000000000002", "Pemerintah Kota Jayapura", "local_government");
  const dinas = partner("000000000003", "Dinas Sosial Kabupaten Merauke", "government_agency", merauke.id);
  const shop = partner("000000000004", "Toko Jaya Abadi", "business");

  it("shows a parent beyond the first 200, offers only government bodies, and finds another by name", async () => {
    const patch = vi.spyOn(api, "PATCH").mockResolvedValue({
      data: dinas,
      response: new Response(null, { status: 200 }),
    } as never);
    const byId = new Map([dinas, merauke, jayapura].map((p) => [p.id, p]));
    renderPage(
      PartnerFormPage,
      {
        "/api/v1/partners": (o: { params: { query: { q?: string } } }) =>
          o.params.query.q === "Jayapura"
            ? { items: [shop, jayapura], nextCursor: null }
            : { items: [blora, shop], nextCursor: "more" },
        "/api/v1/partners/{id}": (o: { params: { path: { id: string } } }) => byId.get(o.params.path.id),
      },
      { route: "/partners/:id/edit", path: `/partners/${dinas.id}/edit` },
    );
    const select = (await screen.findByLabelText("Instansi induk")) as HTMLSelectElement;
    expect(select.value).toBe(merauke.id);
    const offered = [...select.options].map((o) => o.text);
    expect(offered).toEqual([
      "Tidak ada (instansi induk)",
      "Pemerintah Kabupaten Merauke",
      "Pemerintah Kabupaten Blora",
    ]);
    fireEvent.input(screen.getByLabelText("Cari induk lain menurut nama"), { target: { value: "Jayapura" } });
    fireEvent.click(screen.getByRole("button", { name: "Cari" }));
    const choose = await screen.findByRole("button", { name: "Pilih Pemerintah Kota Jayapura" });
    expect(screen.queryByRole("button", { name: "Pilih Toko Jaya Abadi" })).toBeNull();
    fireEvent.click(choose);
    await waitFor(() => expect(select.value).toBe(jayapura.id));
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    await waitFor(() => expect(patch).toHaveBeenCalledOnce());
    const [, options] = patch.mock.calls[0] as unknown as [string, { body: { parentId: string | null } }];
    expect(options.body.parentId).toBe(jayapura.id);
  });
});
