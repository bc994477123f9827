import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/client.ts";
import { AgreementForm } from "./agreement-form-page.tsx";

const facilities = [{ id: "5b1f1a52-8a7b-4c36-9d55-0f4b7f6c1a01", name: "Rutan Salatiga" }];
const partners = [
  { id: "7d2e6c1b-3f4a-4b8e-9c0d-1e2f3a4b5c6d", name: "Pemerintah Kota Salatiga" },
  { id: "8e3f7d2c-4a5b-4c9f-8d1e-2f3a4b5c6d7e", name: "Dinas Kesehatan Kota Salatiga" },
];

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe("the agreement draft form", () => {
  afterEach(() => sessionStorage.clear());

  it("refuses an empty draft with the API's own schema: errors beside the fields and summarised, nothing sent", async () => {
    const onSubmit = vi.fn();
    render(() => <AgreementForm facilities={facilities} partners={partners} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("Ada yang perlu diperbaiki");
    // Each summary entry links to its field.
    const links = [...summary.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toContain("#field-title");
    expect(links).toContain("#field-partnerIds");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("sends the body the API expects: blanks left out, partners and fields as lists", async () => {
    const onSubmit = vi.fn(async () => {});
    render(() => <AgreementForm facilities={facilities} partners={partners} onSubmit={onSubmit} />);
    fill("Judul", "PKS Pelayanan Kesehatan bagi Warga Binaan");
    fireEvent.input(screen.getByLabelText("UPT"), { target: { value: facilities[0]?.id } });
    fireEvent.click(screen.getByLabelText("Dinas Kesehatan Kota Salatiga"));
    fireEvent.click(screen.getByLabelText("Kesehatan"));
    fill("Tanggal mulai", "2026-01-05");
    fill("Tanggal berakhir", "2028-01-04");
    fireEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({
      kind: "pks",
      title: "PKS Pelayanan Kesehatan bagi Warga Binaan",
      facilityId: facilities[0]?.id,
      partnerIds: [partners[1]?.id],
      fields: ["health"],
      startDate: "2026-01-05",
      endDate: "2028-01-04",
    });
  });

  it("records a field outside the standard list through 'Bidang lain' as the snake_case code the API takes", async () => {
    const onSubmit = vi.fn(async () => {});
    render(() => (
      <AgreementForm
        facilities={facilities}
        partners={partners}
        fixedFacilityId={facilities[0]?.id}
        onSubmit={onSubmit}
      />
    ));
    fill("Judul", "PKS Bank Sampah");
    fireEvent.click(screen.getByLabelText("Pemerintah Kota Salatiga"));
    fill("Tanggal mulai", "2026-01-05");
    fill("Tanggal berakhir", "2028-01-04");
    const other = screen.getByLabelText("Bidang lain");
    // Nothing usable typed: said beside the box, nothing added.
    fill("Bidang lain", "123");
    fireEvent.click(screen.getByRole("button", { name: "Tambahkan bidang" }));
    expect(other).toHaveAccessibleDescription(/Tulis nama bidang dengan huruf/);
    // New words become a code; a known field's words find its code. Enter adds without submitting.
    fill("Bidang lain", "Bank sampah");
    fireEvent.click(screen.getByRole("button", { name: "Tambahkan bidang" }));
    fill("Bidang lain", "Perikanan");
    fireEvent.keyDown(other, { key: "Enter" });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(other).toHaveValue("");
    expect(screen.getByRole("checkbox", { name: "Bank sampah" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Perikanan" })).toBeChecked();
    // Adding a field already there ticks it once, not twice.
    fill("Bidang lain", "perikanan");
    fireEvent.click(screen.getByRole("button", { name: "Tambahkan bidang" }));
    expect(screen.getAllByRole("checkbox", { name: "Perikanan" })).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ fields: ["bank_sampah", "fisheries"] }));
  });

  it("puts the server's field error beside its field and keeps what was typed", async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError({
        status: 422,
        code: "agreement/term-too-long",
        title: "A PKS runs at most three years",
        errors: [{ field: "endDate", message: "must be at most three years after the start" }],
      });
    });
    render(() => (
      <AgreementForm
        facilities={facilities}
        partners={partners}
        fixedFacilityId={facilities[0]?.id}
        onSubmit={onSubmit}
      />
    ));
    fill("Judul", "PKS Literasi");
    fireEvent.click(screen.getByLabelText("Pemerintah Kota Salatiga"));
    fill("Tanggal mulai", "2026-01-05");
    fill("Tanggal berakhir", "2030-01-04");
    fireEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    const messages = await screen.findAllByText("must be at most three years after the start");
    expect(messages.length).toBe(2);
    expect(screen.getByLabelText("Tanggal berakhir")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Judul")).toHaveValue("PKS Literasi");
    expect(screen.queryByLabelText("UPT")).toBeNull();
  });

  it("keeps what was typed when the form is left (an expired session) and opened again, until it is sent", async () => {
    const first = render(() => (
      <AgreementForm facilities={facilities} partners={partners} onSubmit={vi.fn()} />
    ));
    fill("Judul", "PKS yang belum selesai diketik");
    fireEvent.click(screen.getByLabelText("Pemerintah Kota Salatiga"));
    first.unmount();
    const onSubmit = vi.fn(async () => {});
    render(() => <AgreementForm facilities={facilities} partners={partners} onSubmit={onSubmit} />);
    expect(screen.getByLabelText("Judul")).toHaveValue("PKS yang belum selesai diketik");
    expect(screen.getByLabelText("Pemerintah Kota Salatiga")).toBeChecked();
    fireEvent.input(screen.getByLabelText("UPT"), { target: { value: facilities[0]?.id } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(sessionStorage.length).toBe(0);
  });
});
