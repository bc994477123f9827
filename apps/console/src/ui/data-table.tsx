import { useSearchParams } from "@solidjs/router";
import {
  type ColumnDef,
  createTable,
  type RowData,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
} from "@tanstack/solid-table";
import { createEffect, createSignal, For, type JSX, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { Empty } from "./states.tsx";

/** The table features every console list uses: sorting, done by the API (manual). */
export const listFeatures = tableFeatures({ rowSortingFeature });
/** A column of a console list. */
export type ListColumn<T extends RowData> = ColumnDef<typeof listFeatures, T, unknown>;

/** The API's sort parameter ("-endDate") as the table's sorting state, and back. */
export function sortingOf(sort: string | undefined): SortingState {
  if (!sort) return [];
  return [{ id: sort.replace(/^-/, ""), desc: sort.startsWith("-") }];
}

/**
 * A list as a table whose rows, order and pages come from the API: clicking a sortable header asks for
 * another order (the caller keeps it in the URL); only columns the API sorts by offer it. With no rows it
 * says what `empty` says instead (what to do next); with a `pager` it pages by cursor beneath.
 */
export function DataTable<T extends RowData>(
  props: TableProps<T> & { readonly empty?: JSX.Element; readonly pager?: PagerProps },
): JSX.Element {
  return (
    <Show when={props.rows.length > 0 || props.empty === undefined} fallback={<Empty>{props.empty}</Empty>}>
      <Table {...props} />
      <Show when={props.pager}>{(pager) => <CursorPager {...pager()} />}</Show>
    </Show>
  );
}

interface TableProps<T extends RowData> {
  readonly caption: string;
  readonly columns: ListColumn<T>[];
  readonly rows: readonly T[];
  readonly sort?: string | undefined;
  readonly sortable?: readonly string[];
  readonly onSort?: (sort: string) => void;
  readonly rowId: (row: T) => string;
  /** Columns of figures, aligned right. */
  readonly numeric?: readonly string[];
  /**
   * Columns that give way when the list is narrow (a tablet, or a laptop's split screen): hidden, so the
   * table fits without scrolling sideways; the caller shows their facts under the first column's cell in
   * an element of class `narrow-only`.
   */
  readonly folding?: readonly string[];
}

function Table<T extends RowData>(props: TableProps<T>): JSX.Element {
  const table = createTable({
    features: listFeatures,
    get columns() {
      return props.columns;
    },
    get data() {
      return props.rows as T[];
    },
    getRowId: (row: T) => props.rowId(row),
    manualSorting: true,
    enableSortingRemoval: false,
    get state() {
      return { sorting: sortingOf(props.sort) };
    },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sortingOf(props.sort)) : updater;
      const first = next[0];
      if (first) props.onSort?.(first.desc ? `-${first.id}` : first.id);
    },
  });
  // `col-<id>` lets a page's styles share out the width between its columns.
  const cellClass = (id: string) =>
    [
      `col-${id}`,
      (props.numeric ?? []).includes(id) ? "number" : "",
      (props.folding ?? []).includes(id) ? "wide-only" : "",
    ]
      .filter(Boolean)
      .join(" ");
  const canSort = (id: string) => (props.sortable ?? []).includes(id) && props.onSort !== undefined;
  const ariaSort = (id: string): "ascending" | "descending" | "none" => {
    const s = sortingOf(props.sort)[0];
    if (!s || s.id !== id) return "none";
    return s.desc ? "descending" : "ascending";
  };
  return (
    <div class={props.folding?.length ? "table-wrap folds" : "table-wrap"}>
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <For each={table.getHeaderGroups()}>
            {(group) => (
              <tr>
                <For each={group.headers}>
                  {(header) => (
                    <th
                      scope="col"
                      class={cellClass(header.column.id)}
                      aria-sort={canSort(header.column.id) ? ariaSort(header.column.id) : undefined}
                    >
                      <Show when={canSort(header.column.id)} fallback={<table.FlexRender header={header} />}>
                        <button
                          type="button"
                          class="sort"
                          onClick={() =>
                            header.column.toggleSorting(ariaSort(header.column.id) === "ascending")
                          }
                          title={t("table.sort")}
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">
                            {{ ascending: " ▲", descending: " ▼", none: " ↕" }[ariaSort(header.column.id)]}
                          </span>
                        </button>
                      </Show>
                    </th>
                  )}
                </For>
              </tr>
            )}
          </For>
        </thead>
        <tbody>
          <For each={table.getRowModel().rows}>
            {(row) => (
              <tr>
                <For each={row.getAllCells()}>
                  {(cell) => (
                    <td class={cellClass(cell.column.id)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** What the pager shows and does. */
export interface PagerProps {
  readonly count: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/**
 * Pages by cursor kept in the URL (`?cursor=`): the cursors of the pages before are remembered so that
 * "previous" goes back; a new filter or order (`restart`) begins again at the first page.
 */
export function useCursorPages() {
  const [params, setParams] = useSearchParams<{ cursor?: string }>();
  const [previous, setPrevious] = createSignal<(string | undefined)[]>([]);
  // Back on the first page by a link (a tab, the menu, "only unread"): there is no page before it.
  createEffect(() => {
    if (params.cursor === undefined) setPrevious([]);
  });
  return {
    cursor: () => params.cursor,
    /** Sets other URL parameters (filters, order) and goes back to the first page. */
    restart: (next: Record<string, string | undefined>) => {
      setPrevious([]);
      setParams({ ...next, cursor: undefined });
    },
    /** The pager of a page the API answered. */
    pager: (page: {
      readonly items: readonly unknown[];
      readonly nextCursor: string | null;
    }): PagerProps => ({
      count: page.items.length,
      hasPrevious: previous().length > 0,
      hasNext: page.nextCursor !== null,
      onPrevious: () => {
        const stack = previous();
        setPrevious(stack.slice(0, -1));
        setParams({ cursor: stack[stack.length - 1] });
      },
      onNext: () => {
        setPrevious([...previous(), params.cursor]);
        setParams({ cursor: page.nextCursor ?? undefined });
      },
    }),
  };
}

/** Previous and next page by cursor, with how many rows this page shows. */
export function CursorPager(props: PagerProps): JSX.Element {
  return (
    <nav class="row" aria-label={t("table.pages")} style={{ "margin-top": "var(--space-3)" }}>
      <span class="muted" aria-live="polite">
        {t("table.showing", { count: props.count })}
      </span>
      <button
        type="button"
        class="secondary"
        disabled={!props.hasPrevious}
        onClick={() => props.onPrevious()}
      >
        {t("table.previous")}
      </button>
      <button type="button" class="secondary" disabled={!props.hasNext} onClick={() => props.onNext()}>
        {t("table.next")}
      </button>
    </nav>
  );
}
