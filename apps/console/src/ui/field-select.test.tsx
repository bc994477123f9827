import { fireEvent, render, screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { FieldCodeSelect } from "./field-select.tsx";

const NAME = "Nama bidang lain";

function open() {
  render(() => <FieldCodeSelect id="add-field" label="Bidang" value="health" also={["tempe_production"]} />);
  const select = screen.getByLabelText("Bidang") as HTMLSelectElement;
  fireEvent.input(select, { target: { value: "_other" } });
  return { select, words: screen.getByLabelText(NAME) };
}

describe("the field select with another field", () => {
  it("offers the fields the agreement has in words, and another field last", () => {
    render(() => (
      <FieldCodeSelect id="add-field" label="Bidang" value="health" also={["tempe_production"]} />
    ));
    const select = screen.getByLabelText("Bidang") as HTMLSelectElement;
    const labels = [...select.options].map((o) => o.textContent);
    expect(labels).toContain("Tempe production");
    expect(labels.at(-1)).toBe("Bidang lain…");
    expect(select.value).toBe("health");
    expect(screen.queryByLabelText(NAME)).toBeNull();
  });

  it("holds the typed words' code in the select itself when no form is bound to it", () => {
    const { select, words } = open();
    expect(select.value).toBe("_other");
    fireEvent.input(words, { target: { value: "Bank sampah" } });
    fireEvent.keyDown(words, { key: "Enter" });
    expect(select.value).toBe("bank_sampah");
    expect(select.selectedOptions[0]).toHaveTextContent("Bank sampah");
    expect(document.activeElement).toBe(select);
  });

  it("goes back to the list on Escape, giving back the choice held before", () => {
    const { select, words } = open();
    fireEvent.input(words, { target: { value: "Bank" } });
    fireEvent.keyDown(words, { key: "Escape" });
    expect(screen.queryByLabelText(NAME)).toBeNull();
    expect(document.activeElement).toBe(select);
    expect(select.value).toBe("health");
  });

  it("keeps a later pick from the list after another field was typed", () => {
    const { select, words } = open();
    fireEvent.input(words, { target: { value: "Bank sampah" } });
    fireEvent.change(words);
    fireEvent.input(select, { target: { value: "education" } });
    expect(select.value).toBe("education");
  });
});
