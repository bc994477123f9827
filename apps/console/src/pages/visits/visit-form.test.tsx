import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VisitForm } from "./visit-form.tsx";

const facilityId = "5b1f1a52-8a7b-4c36-9d55-0f4b7f6c1a01";
const sekda = { id: "7d2e6c1b-3f4a-4b8e-9c0d-1e2f3a4b5c6d", name: "Pemerintah Kabupaten Blora" };

const fill = (label: string, value: string, index = 0) =>
  fireEvent.input(screen.getAllByLabelText(label)[index] as HTMLElement, { target: { value } });

describe("the visit form", () => {
  afterEach(() => sessionStorage.clear());

  it("records the visit with its outcomes (one a line) and its follow-ups in one body", async () => {
    const onSubmit = vi.fn(async () => {});
    render(() => (
      <VisitForm facilities={[]} partners={[sekda]} fixedFacilityId={facilityId} onSubmit={onSubmit} />
    ));
    fireEvent.input(screen.getByLabelText("Jenis kunjungan"), { target: { value: "coordination" } });
    fill("Tanggal", "2024-04-16");
    fireEvent.click(screen.getByLabelText("Pemerintah Kabupaten Blora"));
    fill("Ringkasan", "Pembangunan gedung PTSP");
    fill("Hasil", "Sekda menindaklanjuti\n\nKios ditata bersama Pemda");
    fill("Tindak lanjut", "Rencana gedung PTSP");
    fill("Penanggung jawab", "Sekretaris Daerah");
    fill("Tenggat", "2024-05-31");
    fireEvent.click(screen.getByRole("button", { name: "Tambah tindak lanjut" }));
    fill("Tindak lanjut", "Penataan kios", 1);
    fill("Penanggung jawab", "Sekretaris Daerah", 1);
    fill("Tenggat", "2024-06-28", 1);
    fireEvent.click(screen.getByRole("button", { name: "Simpan kunjungan" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({
      facilityId,
      kind: "coordination",
      date: "2024-04-16",
      partnerIds: [sekda.id],
      summary: "Pembangunan gedung PTSP",
      outcomes: ["Sekda menindaklanjuti", "Kios ditata bersama Pemda"],
      attendees: [],
      followUps: [
        { text: "Rencana gedung PTSP", ownerName: "Sekretaris Daerah", dueDate: "2024-05-31" },
        { text: "Penataan kios", ownerName: "Sekretaris Daerah", dueDate: "2024-06-28" },
      ],
    });
  });

  it("finds a partner beyond those at hand by name and adds it, ticked, to the visit", async () => {
    const merauke = { value: "0b6e1f3a-5c2d-4e8f-9a1b-2c3d4e5f6a7b", label: "Pemerintah Kabupaten Merauke" };
    const searchPartners = vi.fn(async (text: string) => ({
      choices: text === "Merauke" ? [merauke] : [],
      more: text === "Merauke",
    }));
    const onSubmit = vi.fn(async () => {});
    render(() => (
      <VisitForm
        facilities={[]}
        partners={[sekda]}
        partnerRegister={{ search: searchPartners, named: async () => [] }}
        fixedFacilityId={facilityId}
        onSubmit={onSubmit}
      />
    ));
    fireEvent.input(screen.getByLabelText("Jenis kunjungan"), { target: { value: "coordination" } });
    fill("Tanggal", "2024-04-16");
    fill("Ringkasan", "Koordinasi pelatihan");
    fill("Cari mitra lain menurut nama", "Papua");
    fireEvent.click(screen.getByRole("button", { name: "Cari" }));
    expect(await screen.findByText("Tidak ada yang cocok dengan nama itu.")).toBeInTheDocument();
    fill("Cari mitra lain menurut nama", "Merauke");
    // Enter searches; it does not send the form.
    fireEvent.keyDown(screen.getByLabelText("Cari mitra lain menurut nama"), { key: "Enter" });
    const addMerauke = await screen.findByRole("button", { name: "Tambahkan Pemerintah Kabupaten Merauke" });
    expect(screen.getByText(/tulis nama lebih lengkap untuk menemukan yang lain/)).toBeInTheDocument();
    fireEvent.click(addMerauke);
    await waitFor(() => expect(screen.getByLabelText("Pemerintah Kabupaten Merauke")).toBeChecked());
    expect(screen.getByLabelText("Pemerintah Kabupaten Blora")).not.toBeChecked();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Simpan kunjungan" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ partnerIds: [merauke.value] }));
    expect(searchPartners.mock.calls.map((c) => c[0])).toEqual(["Papua", "Merauke"]);
  });

  it("brings back a draft's partner found by search after a reload, named and ticked, and can drop it", async () => {
    const merauke = { value: "0b6e1f3a-5c2d-4e8f-9a1b-2c3d4e5f6a7b", label: "Pemerintah Kabupaten Merauke" };
    const gone = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    const draft = {
      kind: "coordination",
      date: "2024-04-16",
      summary: "Koordinasi",
      partnerIds: [merauke.value, gone],
    };
    sessionStorage.setItem("sinergi.draft.visit", JSON.stringify(draft));
    const named = vi.fn(async (ids: readonly string[]) => (ids.includes(merauke.value) ? [merauke] : []));
    const onSubmit = vi.fn(async () => {});
    render(() => (
      <VisitForm
        facilities={[]}
        partners={[sekda]}
        partnerRegister={{ search: async () => ({ choices: [], more: false }), named }}
        fixedFacilityId={facilityId}
        onSubmit={onSubmit}
      />
    ));
    expect(await screen.findByLabelText("Pemerintah Kabupaten Merauke")).toBeChecked();
    // One the register cannot name (out of view since) shows by its id's start, ticked, so it can be dropped.
    const unnamed = screen.getByLabelText(gone.slice(0, 8));
    expect(unnamed).toBeChecked();
    expect(named).toHaveBeenCalledOnce();
    expect(named).toHaveBeenCalledWith([merauke.value, gone]);
    fireEvent.click(unnamed);
    fireEvent.click(screen.getByRole("button", { name: "Simpan kunjungan" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ partnerIds: [merauke.value] }));
  });

  it("offers a search for the facility when the facilities at hand were cut, and sends the one found", async () => {
    const facilities = Array.from({ length: 200 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      name: `Lapas ${String(i).padStart(3, "0")}`,
    }));
    const wamena = { value: "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", label: "Lapas Wamena" };
    const search = vi.fn(async (text: string) => ({
      choices: text === "Wamena" ? [wamena] : [],
      more: false,
    }));
    const onSubmit = vi.fn(async () => {});
    render(() => (
      <VisitForm
        facilities={facilities}
        partners={[sekda]}
        facilityRegister={{ search, named: async () => [] }}
        onSubmit={onSubmit}
      />
    ));
    fireEvent.input(screen.getByLabelText("Jenis kunjungan"), { target: { value: "coordination" } });
    fill("Tanggal", "2024-04-16");
    fill("Ringkasan", "Koordinasi pelatihan");
    fireEvent.click(screen.getByLabelText("Pemerintah Kabupaten Blora"));
    fill("Cari UPT lain menurut nama", "Wamena");
    fireEvent.keyDown(screen.getByLabelText("Cari UPT lain menurut nama"), { key: "Enter" });
    fireEvent.click(await screen.findByRole("button", { name: "Pilih Lapas Wamena" }));
    await waitFor(() => expect((screen.getByLabelText("UPT") as HTMLSelectElement).value).toBe(wamena.value));
    fireEvent.click(screen.getByRole("button", { name: "Simpan kunjungan" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ facilityId: wamena.value }));
  });

  it("names the follow-up field that is wrong, beside it and in the summary", async () => {
    const onSubmit = vi.fn();
    render(() => (
      <VisitForm facilities={[]} partners={[sekda]} fixedFacilityId={facilityId} onSubmit={onSubmit} />
    ));
    fill("Tanggal", "2024-04-16");
    fireEvent.click(screen.getByLabelText("Pemerintah Kabupaten Blora"));
    fill("Tindak lanjut", "Rencana gedung PTSP");
    fireEvent.click(screen.getByRole("button", { name: "Simpan kunjungan" }));
    const summary = await screen.findByRole("alert");
    const links = [...summary.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(
      expect.arrayContaining(["#field-followUps-0-ownerName", "#field-followUps-0-dueDate"]),
    );
    expect(screen.getAllByLabelText("Tenggat")[0]).toHaveAttribute("aria-invalid", "true");
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
