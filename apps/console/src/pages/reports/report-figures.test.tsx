import { assembleReport, COVERAGE_FIELDS, type UnitFigures } from "@sinergi/domain";
import { render, screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { CoverageMatrix, FigureGrid } from "./report-figures.tsx";

const unit = (
  name: string,
  covered: readonly string[],
  training: Partial<UnitFigures["training"]>,
): UnitFigures => ({
  unit: { kind: "facility", id: name, name, regionalOfficeId: "kanwil", timeZone: "Asia/Jakarta" },
  agreements: { activeAtEnd: 2, signed: 1, renewed: 0, terminated: 0, expired: 0, expiringNext90: 1 },
  coverage: Object.fromEntries(
    COVERAGE_FIELDS.map((f) => [f, covered.includes(f) ? 1 : 0]),
  ) as UnitFigures["coverage"],
  actionPlan: { itemsInForce: 4, itemsDue: 2, itemsMet: 1 },
  engagements: { visits: 3, followUpsOverdueAtEnd: 0, followUpsDone: 1 },
  training: {
    cohortsRunning: 1,
    enrollments: 10,
    completions: 0,
    endedOtherwise: 0,
    certificatesIssued: 0,
    inmatesTrained: 0,
    population: 0,
    ...training,
  },
  domicile: [],
  licencesExpiring: [],
  outcomes: [],
});

const content = assembleReport({ kind: "national" }, "2026-11", [
  unit("Rutan Salatiga", ["health"], {
    completions: 3,
    endedOtherwise: 1,
    inmatesTrained: 40,
    population: 400,
  }),
  unit("Rutan Blora", [], { completions: 3, endedOtherwise: 3, inmatesTrained: 10, population: 600 }),
]);

describe("a report's figures", () => {
  it("derives the rates from the summed counts and names what they are made of", () => {
    render(() => <FigureGrid totals={content.totals} />);
    const tile = (label: string) => screen.getByText(label).closest(".figure-tile") as HTMLElement;
    // 6 completed of 10 who finished, not the average of 75% and 50%.
    expect(tile("Tingkat kelulusan")).toHaveTextContent("60%");
    expect(tile("Tingkat kelulusan")).toHaveTextContent("6 lulus dari 10 peserta yang selesai");
    expect(tile("Persentase penghuni dilatih")).toHaveTextContent("5%");
    expect(tile("Realisasi rencana aksi")).toHaveTextContent("2 dari 4 jatuh tempo mencapai target");
    expect(tile("Peserta terdaftar")).toHaveTextContent("20");
  });

  it("marks each unit's fields in force in words, and counts the units covered per field", () => {
    render(() => <CoverageMatrix content={content} />);
    const salatiga = screen.getByRole("row", { name: /Rutan Salatiga/ });
    const cells = within(salatiga).getAllByRole("cell");
    expect(cells[0]).toHaveTextContent("Berlaku");
    expect(cells[1]).toHaveTextContent("Belum ada");
    const blora = screen.getByRole("row", { name: /Rutan Blora/ });
    expect(within(blora).queryByText("Berlaku")).toBeNull();
    const footer = screen.getByRole("row", { name: /Unit tercakup/ });
    // Short heads on screen (eight fit a laptop); the full names as tooltips and for screen readers.
    const manpower = screen.getByRole("columnheader", { name: "Ketenagakerjaan" });
    expect(manpower).toHaveAttribute("title", "Ketenagakerjaan");
    expect(manpower.querySelector("[aria-hidden='true']")).toHaveTextContent("Naker");
    expect(screen.getByRole("columnheader", { name: "Pemadam kebakaran" })).toHaveTextContent("Damkar");
    expect(screen.getByRole("columnheader", { name: "Kesehatan" })).toHaveTextContent(/^Kesehatan$/);
    expect(within(footer).getAllByRole("cell")[0]).toHaveTextContent("1 / 2");
  });
});
