import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import type { Schemas } from "../../api/client.ts";
import { Addendum } from "./addendum.tsx";

const upload = vi.hoisted(() => vi.fn());
const post = vi.hoisted(() => vi.fn());
vi.mock("./documents.ts", () => ({ uploadDocument: upload, ownerOf: () => ({}) }));
vi.mock("../../api/client.ts", async (original) => ({
  ...(await original<typeof import("../../api/client.ts")>()),
  api: { POST: post },
}));

const agreement = {
  id: "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
  title: "PKS Pelatihan Kerja Bersertifikat",
  fields: ["manpower"],
  startDate: "2024-03-05",
  endDate: "2027-03-04",
  facilityDocumentNumber: "W16.PAS.PAS.7-UM.01.01-12",
  partnerDocumentNumber: "560/88/DISNAKER/2024",
  revision: 4,
} as unknown as Schemas["Agreement"];
const items = [
  { id: "a1b2c3d4-0000-4000-8000-000000000001", activity: "Pelatihan las", status: "in_progress" },
  { id: "a1b2c3d4-0000-4000-8000-000000000002", activity: "Uji kompetensi", status: "done" },
] as unknown as Schemas["ActionItem"][];

const fill = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** Opens the addendum dialog with the upload and the API answering; gives the page's refresh to watch. */
async function openDialog() {
  upload.mockResolvedValue({ id: "0c9a8b7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d" });
  post.mockResolvedValue({ data: { ...agreement, version: 2 }, response: new Response("{}") });
  const onChanged = vi.fn(async () => {});
  render(() => <Addendum agreement={agreement} items={items} onChanged={onChanged} />);
  fireEvent.click(screen.getByRole("button", { name: "Unggah adendum" }));
  await screen.findByRole("alertdialog");
  return onChanged;
}

describe("recording an addendum", () => {
  it("sends the reason and only the terms it changes, with the activities it ends and adds", async () => {
    const onChanged = await openDialog();
    // Each term shows what is in force now; an open activity may be ended, a done one may not.
    expect(screen.getByLabelText("Tanggal berakhir")).toHaveValue("2027-03-04");
    expect(screen.queryByLabelText("Uji kompetensi")).toBeNull();
    fill("Alasan", "Masa berlaku diperpanjang satu tahun");
    fill("Tanggal berakhir", "2028-03-04");
    fireEvent.click(screen.getByLabelText("Kesehatan"));
    fireEvent.click(screen.getByLabelText("Pelatihan las"));
    fill("Kegiatan", "Pelatihan barista");
    fill("Target", "20");
    const scan = new File(["%PDF-1.4\n%%EOF\n"], "adendum.pdf", { type: "application/pdf" });
    fireEvent.change(screen.getByLabelText("Naskah adendum yang ditandatangani"), {
      target: { files: [scan] },
    });
    // jsdom cannot see a chosen file as filling a required input: submit the dialog's form directly.
    fireEvent.submit(screen.getByLabelText("Alasan").closest("form") as HTMLFormElement);
    await waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(upload).toHaveBeenCalledWith(scan, "addendum", {});
    expect(post).toHaveBeenCalledWith("/api/v1/agreements/{id}/amend", {
      params: { path: { id: agreement.id }, header: { "If-Match": '"4"' } },
      body: {
        reason: "Masa berlaku diperpanjang satu tahun",
        endDate: "2028-03-04",
        fields: ["health", "manpower"],
        actionItems: {
          add: [{ activity: "Pelatihan barista", field: "health", target: { amount: 20, unit: "orang" } }],
          end: [items[0]?.id],
        },
        signedDocumentId: "0c9a8b7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
      },
    });
  });

  it("adds an activity whose field the admin typed as another field, sent as its code", async () => {
    const onChanged = await openDialog();
    fill("Alasan", "Kegiatan bank sampah ditambahkan");
    fill("Kegiatan", "Pengelolaan bank sampah");
    fill("Target", "15");
    fireEvent.input(screen.getByLabelText("Bidang"), { target: { value: "_other" } });
    const words = screen.getByLabelText("Nama bidang lain");
    fireEvent.input(words, { target: { value: "Bank Sampah" } });
    fireEvent.keyDown(words, { key: "Enter" });
    expect(screen.getByLabelText("Bidang")).toHaveValue("bank_sampah");
    const scan = new File(["%PDF-1.4\n%%EOF\n"], "adendum.pdf", { type: "application/pdf" });
    fireEvent.change(screen.getByLabelText("Naskah adendum yang ditandatangani"), {
      target: { files: [scan] },
    });
    fireEvent.submit(screen.getByLabelText("Alasan").closest("form") as HTMLFormElement);
    await waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(post).toHaveBeenLastCalledWith(
      "/api/v1/agreements/{id}/amend",
      expect.objectContaining({
        body: expect.objectContaining({
          actionItems: {
            add: [
              {
                activity: "Pengelolaan bank sampah",
                field: "bank_sampah",
                target: { amount: 15, unit: "orang" },
              },
            ],
          },
        }),
      }),
    );
  });
});
