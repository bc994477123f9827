import { fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DRAFT_PREFIX } from "../../ui/drafts-store.ts";
import { PaperAgreementForm } from "./record-form-page.tsx";

const upload = vi.hoisted(() => vi.fn());
vi.mock("./documents.ts", () => ({ uploadDocument: upload }));

const facility = "5b1f1a52-8a7b-4c36-9d55-0f4b7f6c1a01";
const dinas = "8e3f7d2c-4a5b-4c9f-8d1e-2f3a4b5c6d7e";
const stored = "0c9a8b7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
const partners = [{ id: dinas, name: "Dinas Kesehatan Kabupaten Hulu Sungai Tengah" }];

function fill(label: string, value: string, scope: HTMLElement = document.body) {
  fireEvent.input(within(scope).getByLabelText(label), { target: { value } });
}

/** The row holding the n-th field of this label. */
const rowOf = (label: string, n: number) =>
  screen.getAllByLabelText(label)[n]?.closest(".row") as HTMLElement;

function fillPaper() {
  fill("Judul", "PKS Pelayanan Kesehatan bagi Warga Binaan Rutan Barabai");
  fireEvent.click(screen.getByLabelText("Dinas Kesehatan Kabupaten Hulu Sungai Tengah"));
  fill("Nomor dokumen UPT", "W16.PAS.PAS.7-UM.01.01-12");
  fill("Nomor dokumen mitra", "440/112/DINKES/2024");
  fill("Tanggal penandatanganan", "2024-03-05");
  fill("Jam penandatanganan (tidak wajib)", "10:30");
  fill("Tanggal mulai", "2024-03-05");
  fill("Tanggal berakhir", "2027-03-04");
  const [head, agency] = screen.getAllByLabelText("Nama");
  fill("Nama", "Gusti Iskandarsyah", head?.closest(".row") as HTMLElement);
  fill("Jabatan", "Kepala Rutan Kelas IIB Barabai", head?.closest(".row") as HTMLElement);
  fill("Nama", "Kepala Dinas Kesehatan", agency?.closest(".row") as HTMLElement);
  fill(
    "Jabatan",
    "Kepala Dinas Kesehatan Kabupaten Hulu Sungai Tengah",
    agency?.closest(".row") as HTMLElement,
  );
}

/** Opens the form for a facility admin and fills the paper's terms; returns the submit spy. */
function openFilled() {
  const onSubmit = vi.fn(async (_body: unknown) => {});
  render(() => (
    <PaperAgreementForm facilities={[]} partners={partners} fixedFacilityId={facility} onSubmit={onSubmit} />
  ));
  fillPaper();
  return onSubmit;
}

/** Chooses a scan of the signed paper; returns it. */
function chooseScan(name = "pks.pdf") {
  const scan = new File(["%PDF-1.4\n%%EOF\n"], name, { type: "application/pdf" });
  fireEvent.change(screen.getByLabelText("Dokumen yang ditandatangani"), { target: { files: [scan] } });
  return scan;
}

describe("the paper agreement form", () => {
  afterEach(() => {
    sessionStorage.clear();
    upload.mockReset();
  });

  it("asks for the scan of the signed paper beside its field and sends nothing without it", async () => {
    const onSubmit = openFilled();
    fireEvent.click(screen.getByRole("button", { name: "Catat perjanjian" }));
    // Beside the field, and in the summary at the top.
    await waitFor(() =>
      expect(screen.getAllByText("Unggah pindaian naskah yang ditandatangani.").length).toBe(2),
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Unggah pindaian naskah yang ditandatangani.");
    expect(upload).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("stores the scan first, then records the agreement in one body naming it, witnesses with their role", async () => {
    upload.mockResolvedValue({ id: stored });
    const onSubmit = openFilled();
    fireEvent.click(screen.getByRole("button", { name: "Tambah penanda tangan atau saksi" }));
    const witness = screen.getAllByLabelText("Nama").at(-1)?.closest(".row") as HTMLElement;
    // Each row shows the side and role it holds: the partner's head signs, the added row witnesses.
    const sides = screen.getAllByLabelText("Pihak") as HTMLSelectElement[];
    expect(sides.map((x) => x.selectedOptions[0]?.textContent)).toEqual(["UPT", "Mitra", "Mitra"]);
    const roles = screen.getAllByLabelText("Peran") as HTMLSelectElement[];
    expect(roles.map((x) => x.value)).toEqual(["signs", "signs", "witnesses"]);
    fill("Nama", "H. Aulia Oktafiandi", witness);
    fill("Jabatan", "Bupati Hulu Sungai Tengah", witness);
    const scan = chooseScan("pks-dinkes-2024.pdf");
    fireEvent.click(screen.getByRole("button", { name: "Catat perjanjian" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(upload).toHaveBeenCalledWith(scan, "signed_agreement", { facilityId: facility });
    expect(onSubmit).toHaveBeenCalledWith({
      kind: "pks",
      title: "PKS Pelayanan Kesehatan bagi Warga Binaan Rutan Barabai",
      facilityId: facility,
      partnerIds: [dinas],
      facilityDocumentNumber: "W16.PAS.PAS.7-UM.01.01-12",
      partnerDocumentNumber: "440/112/DINKES/2024",
      signedOn: "2024-03-05",
      signedTime: "10:30",
      startDate: "2024-03-05",
      endDate: "2027-03-04",
      signatories: [
        {
          name: "Gusti Iskandarsyah",
          position: "Kepala Rutan Kelas IIB Barabai",
          side: "facility",
          role: "signs",
        },
        {
          name: "Kepala Dinas Kesehatan",
          position: "Kepala Dinas Kesehatan Kabupaten Hulu Sungai Tengah",
          side: "partner",
          role: "signs",
        },
        {
          name: "H. Aulia Oktafiandi",
          position: "Bupati Hulu Sungai Tengah",
          side: "partner",
          role: "witnesses",
        },
      ],
      signedDocumentId: stored,
    });
  });

  it("sends the signatories' NIP and the action-plan rows added, a removed row left out", async () => {
    upload.mockResolvedValue({ id: stored });
    const onSubmit = openFilled();
    fill("NIP (tidak wajib)", "197001011990031001", rowOf("Nama", 0));
    const add = screen.getByRole("button", { name: "Tambah kegiatan" });
    fireEvent.click(add);
    fireEvent.click(add);
    const [first, second] = screen.getAllByLabelText("Kegiatan").map((x) => x.closest(".row") as HTMLElement);
    fill("Kegiatan", "Pemeriksaan kesehatan WBP", first);
    fill("Bidang", "health", first);
    fill("Target", "120", first);
    fill("Tenggat", "2024-12-31", first);
    fill("Kegiatan", "Penyuluhan", second);
    fireEvent.click(within(second as HTMLElement).getByRole("button", { name: "Hapus baris" }));
    expect(screen.getAllByLabelText("Kegiatan")).toHaveLength(1);
    chooseScan();
    fireEvent.click(screen.getByRole("button", { name: "Catat perjanjian" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        signatories: [
          expect.objectContaining({ name: "Gusti Iskandarsyah", nip: "197001011990031001" }),
          expect.not.objectContaining({ nip: expect.anything() }),
        ],
        actionItems: [
          {
            activity: "Pemeriksaan kesehatan WBP",
            field: "health",
            target: { amount: 120, unit: "orang" },
            dueDate: "2024-12-31",
          },
        ],
      }),
    );
  });

  it("sends the words typed as another field as the row's field code, after saying when they hold no letter", async () => {
    upload.mockResolvedValue({ id: stored });
    const onSubmit = openFilled();
    fireEvent.click(screen.getByRole("button", { name: "Tambah kegiatan" }));
    const row = rowOf("Kegiatan", 0);
    fill("Kegiatan", "Pelatihan pengelolaan bank sampah", row);
    fill("Target", "25", row);
    const field = within(row).getByLabelText("Bidang") as HTMLSelectElement;
    // "Bidang lain…" is the select's last choice; it opens a small box beneath, in the row.
    expect(field.options[field.options.length - 1]).toHaveTextContent("Bidang lain…");
    fireEvent.input(field, { target: { value: "_other" } });
    const words = within(row).getByLabelText("Nama bidang lain");
    fireEvent.input(words, { target: { value: "2024" } });
    fireEvent.keyDown(words, { key: "Enter" });
    expect(within(row).getByText("Tulis nama bidang dengan huruf, mis. Perikanan.")).toBeInTheDocument();
    expect(words).toHaveAttribute("aria-invalid", "true");
    fireEvent.input(words, { target: { value: "Bank Sampah" } });
    fireEvent.keyDown(words, { key: "Enter" });
    // The words became a choice of the select, chosen, and the box closed.
    expect(field.value).toBe("bank_sampah");
    expect(field.selectedOptions[0]).toHaveTextContent("Bank sampah");
    expect(within(row).queryByLabelText("Nama bidang lain")).toBeNull();
    chooseScan();
    fireEvent.click(screen.getByRole("button", { name: "Catat perjanjian" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        actionItems: [
          {
            activity: "Pelatihan pengelolaan bank sampah",
            field: "bank_sampah",
            target: { amount: 25, unit: "orang" },
          },
        ],
      }),
    );
  });

  it("takes another field's words when the admin leaves the box, a known field's name as its code", async () => {
    upload.mockResolvedValue({ id: stored });
    const onSubmit = openFilled();
    fireEvent.click(screen.getByRole("button", { name: "Tambah kegiatan" }));
    const row = rowOf("Kegiatan", 0);
    fill("Kegiatan", "Budidaya lele", row);
    fill("Target", "30", row);
    fireEvent.input(within(row).getByLabelText("Bidang"), { target: { value: "_other" } });
    const words = within(row).getByLabelText("Nama bidang lain");
    fireEvent.input(words, { target: { value: "Perikanan" } });
    fireEvent.change(words);
    chooseScan();
    fireEvent.click(screen.getByRole("button", { name: "Catat perjanjian" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        actionItems: [
          { activity: "Budidaya lele", field: "fisheries", target: { amount: 30, unit: "orang" } },
        ],
      }),
    );
  });

  it("shows a row loaded with a field code nobody labelled as chosen, in readable words", () => {
    sessionStorage.setItem(
      `${DRAFT_PREFIX}paper-agreement`,
      JSON.stringify({
        actionItems: [
          { activity: "Produksi tempe", field: "tempe_production", target: { amount: "12", unit: "orang" } },
        ],
      }),
    );
    render(() => (
      <PaperAgreementForm facilities={[]} partners={partners} fixedFacilityId={facility} onSubmit={vi.fn()} />
    ));
    const field = within(rowOf("Kegiatan", 0)).getByLabelText("Bidang") as HTMLSelectElement;
    expect(field.value).toBe("tempe_production");
    expect(field.selectedOptions[0]).toHaveTextContent("Tempe production");
  });

  it("says beside the field when an NIP is not 18 digits or an activity has no target, and sends nothing", async () => {
    const onSubmit = openFilled();
    fill("NIP (tidak wajib)", "19700101", rowOf("Nama", 1));
    fireEvent.click(screen.getByRole("button", { name: "Tambah kegiatan" }));
    fill("Kegiatan", "Pemeriksaan kesehatan WBP", rowOf("Kegiatan", 0));
    chooseScan();
    fireEvent.click(screen.getByRole("button", { name: "Catat perjanjian" }));
    await waitFor(() => expect(screen.getAllByText("NIP terdiri atas 18 angka.").length).toBe(2));
    expect(within(rowOf("Kegiatan", 0)).getByLabelText("Target")).toHaveAttribute("aria-invalid", "true");
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
