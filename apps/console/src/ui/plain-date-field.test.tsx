import { fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/i18n.ts";
import { PlainDateField } from "./plain-date-field.tsx";

describe("a date field in a move's dialog", () => {
  afterEach(async () => {
    await setLocale("id");
  });

  it("writes the proposed day out beside the input and follows what is chosen", () => {
    render(() => (
      <PlainDateField
        id="sign-date"
        label="Tanggal tanda tangan"
        hint="Hari ditandatangani"
        value="2026-03-08"
      />
    ));
    const input = screen.getByLabelText("Tanggal tanda tangan") as HTMLInputElement;
    expect(input.value).toBe("2026-03-08");
    expect(document.getElementById("sign-date-echo")).toHaveTextContent("8 Maret 2026");
    fireEvent.input(input, { target: { value: "2025-11-11" } });
    expect(document.getElementById("sign-date-echo")).toHaveTextContent("11 November 2025");
    expect(input).toHaveAccessibleDescription("Hari ditandatangani 11 November 2025");
  });

  it("says nothing while no day is chosen, and writes the day in the console's language", async () => {
    render(() => <PlainDateField id="terminate-date" label="Tanggal berakhir" required />);
    const input = screen.getByLabelText("Tanggal berakhir");
    expect(input).toBeRequired();
    expect(document.getElementById("terminate-date-echo")).toHaveTextContent(/^$/);
    fireEvent.input(input, { target: { value: "2026-03-08" } });
    await setLocale("en");
    expect(document.getElementById("terminate-date-echo")).toHaveTextContent("8 March 2026");
  });
});
