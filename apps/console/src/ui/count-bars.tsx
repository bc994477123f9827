import { For, type JSX } from "solid-js";
import { formatNumber } from "../i18n/format.ts";

/** One row of a count-bar chart: what is counted and how many. */
export interface CountBar {
  readonly label: string;
  readonly count: number;
}

/**
 * A few counts as horizontal bars drawn in HTML, each with its number written beside it. For a handful of
 * bars on a first page: the chart library (over 50 KB gzipped) would double that page's script.
 */
export function CountBars(props: {
  readonly title: string;
  readonly unit: string;
  readonly bars: readonly CountBar[];
  readonly colour: string;
}): JSX.Element {
  const top = () => Math.max(1, ...props.bars.map((b) => b.count));
  return (
    <table class="count-bars">
      <caption>{props.title}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{props.title}</th>
          <th scope="col">{props.unit}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.bars}>
          {(bar) => (
            <tr>
              <th scope="row">{bar.label}</th>
              <td>
                <div class="count-bar-cell">
                  <span
                    class="count-bar"
                    aria-hidden="true"
                    style={{ width: `${(bar.count / top()) * 100}%`, background: props.colour }}
                  />
                  <span class="count-bar-figure">{formatNumber(bar.count)}</span>
                </div>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
