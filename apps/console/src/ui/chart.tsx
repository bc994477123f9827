import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";
import { createEffect, type JSX, onCleanup } from "solid-js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One series of a bar chart. */
export interface Series {
  readonly label: string;
  readonly values: readonly number[];
  readonly colour: string;
}

/**
 * A bar chart (chart.js) with its numbers beside it: the canvas is a picture for the eye, the table below
 * it (visually hidden unless asked for) carries the same figures for a screen reader or a copy.
 */
export function BarChart(props: {
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly Series[];
  readonly horizontal?: boolean;
  readonly stacked?: boolean;
  /** The value axis's end when it has one (100 for shares in per cent). */
  readonly max?: number;
}): JSX.Element {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart | undefined;
  createEffect(() => {
    const config: ChartConfiguration<"bar"> = {
      type: "bar",
      data: {
        labels: [...props.labels],
        datasets: props.series.map((s) => ({
          label: s.label,
          data: [...s.values],
          backgroundColor: s.colour,
        })),
      },
      options: {
        indexAxis: props.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          // Counts are whole numbers: no 0.5 agreements on an axis.
          x: {
            stacked: props.stacked ?? false,
            beginAtZero: true,
            ticks: { precision: 0 },
            ...(props.horizontal && props.max !== undefined ? { max: props.max } : {}),
          },
          y: {
            stacked: props.stacked ?? false,
            beginAtZero: true,
            ticks: { precision: 0 },
            ...(!props.horizontal && props.max !== undefined ? { max: props.max } : {}),
          },
        },
        plugins: { legend: { display: props.series.length > 1 } },
      },
    };
    if (!canvas) return;
    chart?.destroy();
    chart = new Chart(canvas, config);
  });
  onCleanup(() => chart?.destroy());
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <strong>{props.title}</strong>
      </figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
      {/* Hidden in a box of its own: a table grows to its content whatever width it is given, and would
          widen the page by its overflow. */}
      <div class="visually-hidden">
        <table>
          <thead>
            <tr>
              <th scope="col">{props.title}</th>
              {props.series.map((s) => (
                <th scope="col">{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.labels.map((label, i) => (
              <tr>
                <th scope="row">{label}</th>
                {props.series.map((s) => (
                  <td>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
