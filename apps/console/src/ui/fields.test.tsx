import { fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/i18n.ts";
import { TextField } from "./fields.tsx";

function DateField(props: { readonly initial?: string }) {
  const [value, setValue] = createSignal(props.initial);
  return (
    <TextField
      name="dueDate"
      type="date"
      label="Tenggat"
      hint="Hari terakhir"
      value={value()}
      inputProps={{
        onInput: (e: { currentTarget: { value: string } }) => setValue(e.currentTarget.value),
      }}
    />
  );
}

describe("a date field", () => {
  afterEach(async () => {
    await setLocale("id");
  });

  it("writes the chosen day out beside the input, whatever order the browser draws it in", () => {
    render(() => <DateField />);
    const input = screen.getByLabelText("Tenggat");
    expect(document.getElementById("field-dueDate-echo")).toHaveTextContent(/^$/);
    fireEvent.input(input, { target: { value: "2025-11-11" } });
    expect(document.getElementById("field-dueDate-echo")).toHaveTextContent("11 November 2025");
    // Read out with the field: its hint, then the day in words.
    expect(input).toHaveAccessibleDescription("Hari terakhir 11 November 2025");
  });

  it("writes the day in the console's language", async () => {
    render(() => <DateField initial="2026-03-08" />);
    expect(document.getElementById("field-dueDate-echo")).toHaveTextContent("8 Maret 2026");
    await setLocale("en");
    expect(document.getElementById("field-dueDate-echo")).toHaveTextContent("8 March 2026");
  });

  it("adds no words to a field that is not a date", () => {
    render(() => <TextField name="place" label="Tempat" value="Aula" inputProps={{}} />);
    expect(screen.getByLabelText("Tempat")).not.toHaveAttribute("aria-describedby");
    expect(document.getElementById("field-place-echo")).toBeNull();
  });
});

describe("the page's language", () => {
  afterEach(async () => {
    await setLocale("id");
  });

  it("follows the language switch, so the browser and screen readers read the page in it", async () => {
    await setLocale("en");
    expect(document.documentElement.lang).toBe("en");
    await setLocale("id");
    expect(document.documentElement.lang).toBe("id");
  });
});
