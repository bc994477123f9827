import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client.ts";
import { ConfirmButton } from "./confirm.tsx";

const stale = new ApiError({ status: 412, code: "http/precondition-failed", title: "Precondition Failed" });

function renderSign(onConfirm: () => Promise<void>, onReload = vi.fn(async () => {})) {
  render(() => (
    <ConfirmButton
      label="Tandatangani"
      title="Tandatangani perjanjian?"
      consequence="Perjanjian berlaku sejak tanggal mulai."
      confirmLabel="Tandatangani"
      onConfirm={onConfirm}
      onReload={onReload}
    >
      <label for="sign-number">Nomor dokumen UPT</label>
      <input id="sign-number" />
    </ConfirmButton>
  ));
  return onReload;
}

describe("the confirmation dialog of a move", () => {
  it("says someone else changed the record (412), reloads it on request and keeps what was typed", async () => {
    const onConfirm = vi.fn().mockRejectedValueOnce(stale).mockResolvedValueOnce(undefined);
    const onReload = renderSign(onConfirm);
    const trigger = screen.getByRole("button", { name: "Tandatangani" });
    fireEvent.click(trigger);
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.input(screen.getByLabelText("Nomor dokumen UPT"), { target: { value: "W12-101" } });
    fireEvent.click(screen.getAllByRole("button", { name: "Tandatangani" }).at(-1) as HTMLElement);
    await screen.findByText("Data sudah berubah.");
    fireEvent.click(screen.getByRole("button", { name: "Muat ulang" }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(screen.queryByText("Data sudah berubah.")).toBeNull();
    expect(dialog).toBeInTheDocument();
    expect((screen.getByLabelText("Nomor dokumen UPT") as HTMLInputElement).value).toBe("W12-101");
    fireEvent.click(screen.getAllByRole("button", { name: "Tandatangani" }).at(-1) as HTMLElement);
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(2));
    // Confirmed on the fresh record: the dialog closes.
    await waitFor(() => expect(trigger).toHaveAttribute("aria-expanded", "false"));
  });

  it("states another refusal in the API's words and offers no reload", async () => {
    const refusal = new ApiError({
      status: 422,
      code: "agreement/term-too-long",
      title: "Unprocessable",
      detail: "A PKS runs at most three years",
    });
    renderSign(vi.fn().mockRejectedValue(refusal));
    fireEvent.click(screen.getByRole("button", { name: "Tandatangani" }));
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getAllByRole("button", { name: "Tandatangani" }).at(-1) as HTMLElement);
    await screen.findByText("A PKS runs at most three years");
    expect(screen.queryByRole("button", { name: "Muat ulang" })).toBeNull();
  });
});
