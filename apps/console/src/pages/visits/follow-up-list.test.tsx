import { fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, expect, it, vi } from "vitest";
import { renderPage } from "../../testing/render-page.tsx";
import FollowUpList from "./follow-up-list.tsx";

afterEach(() => vi.restoreAllMocks());

const followUp = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  engagementId: "e1",
  facilityId: "f1",
  text: `Tindak lanjut ${String(i).padStart(3, "0")}`,
  ownerName: "Sekretaris Daerah",
  dueDate: "2026-11-30",
  status: "open",
  revision: 1,
});

it("pages the open follow-ups fifty at a time, earliest due first, rather than stopping at the first 200", async () => {
  const asked: Record<string, unknown>[] = [];
  renderPage(FollowUpList, {
    "/api/v1/auth/me": { id: "u1", name: "Admin", role: "national_admin", scope: { kind: "national" } },
    "/api/v1/facilities": { items: [{ id: "f1", name: "Rutan Salatiga" }], nextCursor: null },
    "/api/v1/follow-ups": (o: { params: { query: Record<string, unknown> } }) => {
      asked.push(o.params.query);
      const from = o.params.query.cursor === "page-2" ? 50 : 0;
      return { items: Array.from({ length: 50 }, (_, i) => followUp(from + i)), nextCursor: "page-2" };
    },
  });
  expect(await screen.findByText("Tindak lanjut 049")).toBeInTheDocument();
  expect(screen.getByRole("columnheader", { name: "UPT" })).toBeInTheDocument();
  expect(asked).toEqual([{ status: "open", sort: "dueDate", limit: 50 }]);
  fireEvent.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
  expect(await screen.findByText("Tindak lanjut 099")).toBeInTheDocument();
  expect(asked.at(-1)).toEqual({ status: "open", sort: "dueDate", limit: 50, cursor: "page-2" });
});

it("leaves out the facility column for a facility's own people, whose follow-ups are all their facility's", async () => {
  renderPage(FollowUpList, {
    "/api/v1/auth/me": {
      id: "u2",
      name: "Admin Salatiga",
      role: "facility_admin",
      scope: { kind: "facility", facilityId: "f1" },
    },
    "/api/v1/facilities": { items: [{ id: "f1", name: "Rutan Salatiga" }], nextCursor: null },
    "/api/v1/follow-ups": { items: [followUp(1)], nextCursor: null },
  });
  expect(await screen.findByText("Tindak lanjut 001")).toBeInTheDocument();
  expect(screen.getByRole("columnheader", { name: "Penanggung jawab" })).toBeInTheDocument();
  expect(screen.queryByRole("columnheader", { name: "UPT" })).toBeNull();
  expect(screen.queryByText("Rutan Salatiga")).toBeNull();
});
