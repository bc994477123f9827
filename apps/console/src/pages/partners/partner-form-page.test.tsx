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
