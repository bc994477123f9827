import { fireEvent, render, screen, within } from "@solidjs/testing-library";
import { createColumnHelper } from "@tanstack/solid-table";
import { createSignal } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import { CursorPager, DataTable, type ListColumn, type listFeatures } from "./data-table.tsx";

type Row = { id: string; title: string; endDate: string };
const helper = createColumnHelper<typeof listFeatures, Row>();
const columns = [
  helper.accessor("title", { header: () => "Judul", cell: (c) => c.getValue() }),
  helper.accessor("endDate", { header: () => "Berakhir", cell: (c) => c.getValue() }),
] as ListColumn<Row>[];
const rows: Row[] = [
  { id: "a", title: "PKS Kesehatan", endDate: "2027-03-04" },
  { id: "b", title: "PKS Literasi", endDate: "2026-12-31" },
];

describe("the list table", () => {
  it("shows the rows in the order the API gave them, with the column headers", () => {
    render(() => <DataTable caption="Perjanjian" columns={columns} rows={rows} rowId={(r) => r.id} />);
    const table = screen.getByRole("table", { name: "Perjanjian" });
    const body = within(table).getAllByRole("row").slice(1);
    expect(body.map((r) => r.textContent)).toEqual(["PKS Kesehatan2027-03-04", "PKS Literasi2026-12-31"]);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Judul", "Berakhir"]);
  });

  it("marks the columns that give way on a narrow list, head and cells, and lets only such a list fold", () => {
    const { unmount } = render(() => (
      <DataTable
        caption="Perjanjian"
        columns={columns}
        rows={rows}
        rowId={(r) => r.id}
        folding={["endDate"]}
      />
    ));
    const table = screen.getByRole("table", { name: "Perjanjian" });
    expect(table.parentElement).toHaveClass("table-wrap", "folds");
    expect(within(table).getByRole("columnheader", { name: "Berakhir" })).toHaveClass("wide-only");
    expect(within(table).getByRole("columnheader", { name: "Judul" })).not.toHaveClass("wide-only");
    expect(within(table).getByRole("cell", { name: "2027-03-04" })).toHaveClass("wide-only");
    unmount();
    render(() => <DataTable caption="Perjanjian" columns={columns} rows={rows} rowId={(r) => r.id} />);
    expect(screen.getByRole("table").parentElement).not.toHaveClass("folds");
  });

  it("asks the API for another order from a sortable header, and offers none on the others", () => {
    const onSort = vi.fn();
    const [sort, setSort] = createSignal("endDate");
    render(() => (
      <DataTable
        caption="Perjanjian"
        columns={columns}
        rows={rows}
        rowId={(r) => r.id}
        sort={sort()}
        sortable={["endDate"]}
        onSort={(next) => {
          onSort(next);
          setSort(next);
        }}
      />
    ));
    const header = screen.getByRole("columnheader", { name: /Berakhir/ });
    expect(header).toHaveAttribute("aria-sort", "ascending");
    fireEvent.click(within(header).getByRole("button"));
    expect(onSort).toHaveBeenLastCalledWith("-endDate");
    expect(header).toHaveAttribute("aria-sort", "descending");
    fireEvent.click(within(header).getByRole("button"));
    expect(onSort).toHaveBeenLastCalledWith("endDate");
    expect(within(screen.getByRole("columnheader", { name: "Judul" })).queryByRole("button")).toBeNull();
  });

  it("says what to do next instead of showing an empty table, and pages beneath the rows", () => {
    const { unmount } = render(() => (
      <DataTable
        caption="Kunjungan"
        columns={columns}
        rows={[]}
        rowId={(r) => r.id}
        empty="Belum ada kunjungan."
      />
    ));
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("Belum ada kunjungan.")).toBeInTheDocument();
    unmount();
    render(() => (
      <DataTable
        caption="Perjanjian"
        columns={columns}
        rows={rows}
        rowId={(r) => r.id}
        empty="Belum ada perjanjian."
        numeric={["endDate"]}
        pager={{ count: 2, hasPrevious: false, hasNext: false, onPrevious: () => {}, onNext: () => {} }}
      />
    ));
    expect(screen.queryByText("Belum ada perjanjian.")).toBeNull();
    expect(screen.getByRole("columnheader", { name: "Berakhir" })).toHaveClass("number");
    expect(screen.getByText("Menampilkan 2 baris")).toBeInTheDocument();
  });

  it("pages by cursor: previous only after a next, next only while the API has more", () => {
    const onNext = vi.fn();
    render(() => (
      <CursorPager count={50} hasPrevious={false} hasNext onPrevious={() => {}} onNext={onNext} />
    ));
    expect(screen.getByText("Menampilkan 50 baris")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Halaman sebelumnya" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
    expect(onNext).toHaveBeenCalledOnce();
  });
});
