import { fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
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

describe("the paper agreement form", () => {
  afterEach(() => {
    sessionStorage.clear();
    upload.mockReset();
  });

  it("asks for the scan of the signed paper beside its field and sends nothing without it", async () => {
    const onSubmit = vi.fn();
    render(() => (
      <PaperAgreementForm
        facilities={[]}
        partners={partners}
        fixedFacilityId={facility}
        onSubmit={onSubmit}
      />
    ));
    fillPaper();
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
    const onSubmit = vi.fn(async () => {});
    render(() => (
      <PaperAgreementForm
        facilities={[]}
        partners={partners}
        fixedFacilityId={facility}
        onSubmit={onSubmit}
      />
    ));
    fillPaper();
    fireEvent.click(screen.getByRole("button", { name: "Tambah penanda tangan atau saksi" }));
    const witness = screen.getAllByLabelText("Nama").at(-1)?.closest(".row") as HTMLElement;
    // Each row shows the side and role it holds: the partner's head signs, the added row witnesses.
    const sides = screen.getAllByLabelText("Pihak") as HTMLSelectElement[];
    expect(sides.map((x) => x.selectedOptions[0]?.textContent)).toEqual(["UPT", "Mitra", "Mitra"]);
    const roles = screen.getAllByLabelText("Peran") as HTMLSelectElement[];
    expect(roles.map((x) => x.value)).toEqual(["signs", "signs", "witnesses"]);
    fill("Nama", "H. Aulia Oktafiandi", witness);
    fill("Jabatan", "Bupati Hulu Sungai Tengah", witness);
    const scan = new File(["%PDF-1.4\n%%EOF\n"], "pks-dinkes-2024.pdf", { type: "application/pdf" });
    fireEvent.change(screen.getByLabelText("Dokumen yang ditandatangani"), { target: { files: [scan] } });
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
});
