import { fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api } from "../../api/client.ts";
import { renderPage } from "../../testing/render-page.tsx";
import QuickJump from "./quick-jump.tsx";

const national = { id: "u1", name: "Admin Nasional", role: "national_admin", scope: { kind: "national" } };

describe("the quick jump", () => {
  afterEach(() => vi.restoreAllMocks());

  it("heads every group of matches with its name, the first one too", async () => {
    renderPage(() => <QuickJump open={true} onOpenChange={() => {}} />, {
      "/api/v1/auth/me": national,
      "/api/v1/facilities": {
        items: [{ id: "f1", name: "Rutan Salatiga", timeZone: "Asia/Jakarta" }],
        nextCursor: null,
      },
      "/api/v1/partners": {
        items: [{ id: "p1", name: "Pemerintah Kota Salatiga" }],
        nextCursor: null,
      },
      "/api/v1/agreements": {
        items: [{ id: "a1", title: "PKS Kesehatan Salatiga" }],
        nextCursor: null,
      },
    });
    const input = await screen.findByRole("combobox");
    fireEvent.input(input, { target: { value: "salatiga" } });
    await screen.findByRole("option", { name: "PKS Kesehatan Salatiga" });
    const list = screen.getByRole("listbox");
    await waitFor(() =>
      expect([...list.querySelectorAll(".jump-section")].map((s) => s.textContent)).toEqual([
        "UPT",
        "Mitra",
        "Perjanjian",
      ]),
    );
    // Facilities and partners are searched by the API too: the ones loaded for pickers stop at 200.
    const asked = vi
      .mocked(api.GET)
      .mock.calls.map((c) => [
        c[0],
        (c[1] as { params?: { query?: { q?: string } } } | undefined)?.params?.query?.q,
      ]);
    expect(asked).toEqual(
      expect.arrayContaining([
        ["/api/v1/facilities", "salatiga"],
        ["/api/v1/partners", "salatiga"],
        ["/api/v1/agreements", "salatiga"],
      ]),
    );
  });
});
