import { render, screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { CountBars } from "./count-bars.tsx";

describe("a few counts as bars", () => {
  it("writes each count beside its bar, the longest bar for the largest count, as a table to read", () => {
    render(() => (
      <CountBars
        title="Perjanjian menurut sisa hari"
        unit="Perjanjian"
        colour="#7a4b00"
        bars={[
          { label: "≤ 7 hari", count: 1 },
          { label: "≤ 30 hari", count: 4 },
          { label: "≤ 90 hari", count: 0 },
        ]}
      />
    ));
    const table = screen.getByRole("table", { name: "Perjanjian menurut sisa hari" });
    const row = within(table).getByRole("row", { name: /≤ 30 hari/ });
    expect(row).toHaveTextContent("4");
    const widths = [...table.querySelectorAll<HTMLElement>(".count-bar")].map((b) => b.style.width);
    expect(widths).toEqual(["25%", "100%", "0%"]);
  });
});
