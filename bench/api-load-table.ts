/**
 * The table of issue 13 from an API load result: API/raw throughput, unloaded p50 API/raw, p99 of the API
 * under load, and for a deep page its unloaded p50 over page 1's (API). Medians over the rounds.
 */
import { median } from "./api-load-measure.ts";
import type { ApiLoadResult, ScenarioResult } from "./api-load-run.ts";

/** The figures of one row, as stored in the JSON beside the rounds. */
export interface RowFigures {
  readonly throughputRatio: number;
  readonly p50Ratio: number;
  readonly p50Api: number;
  readonly p50Raw: number;
  readonly p99Api: number;
  /** CPU ms per request under load, API and raw process. */
  readonly cpuApi: number;
  readonly cpuRaw: number;
  /** CPU ms per request under load of PostgreSQL and of the whole machine, API and raw runs. */
  readonly postgresApi: number;
  readonly postgresRaw: number;
  readonly machineApi: number;
  readonly machineRaw: number;
  /** Deep page only: its unloaded API p50 over page 1's. */
  readonly deepOverFirst: number | null;
}

/** The row figures of a scenario (`first` is page 1 of the same list, for a deep page). */
export function rowFigures(s: ScenarioResult, first: ScenarioResult | undefined): RowFigures {
  const p50Api = median(s.api.p50Unloaded);
  const p50Raw = median(s.raw.p50Unloaded);
  return {
    throughputRatio: median(s.api.rps) / median(s.raw.rps),
    p50Ratio: p50Api / p50Raw,
    p50Api,
    p50Raw,
    p99Api: median(s.api.p99),
    cpuApi: median(s.api.cpuMsPerRequest),
    cpuRaw: median(s.raw.cpuMsPerRequest),
    postgresApi: median(s.api.postgresMsPerRequest),
    postgresRaw: median(s.raw.postgresMsPerRequest),
    machineApi: median(s.api.machineMsPerRequest),
    machineRaw: median(s.raw.machineMsPerRequest),
    deepOverFirst: s.page > 1 && first ? p50Api / median(first.api.p50Unloaded) : null,
  };
}

/** Each scenario with its row figures. */
export function withFigures(result: ApiLoadResult) {
  return result.scenarios.map((s) => {
    const first = result.scenarios.find(
      (f) => f.resource === s.resource && f.principal === s.principal && f.shape === "list" && f.page === 1,
    );
    return { ...s, figures: rowFigures(s, first) };
  });
}

/** The markdown table. */
export function table(result: ApiLoadResult): string {
  const c = result.options.connections;
  const lines = [
    `| scenario | API / raw throughput | unloaded p50 API / raw | c${c} p99 API | page N / page 1 (p50) | CPU ms/req API / raw | PostgreSQL CPU ms/req API / raw | machine CPU ms/req API / raw | read statements | API req/s |`,
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const s of withFigures(result)) {
    const f = s.figures;
    const bad = s.api.non2xx + s.api.errors + s.raw.non2xx + s.raw.errors;
    // No request finished within a loaded run: the ratio and CPU per request mean nothing.
    const none = median(s.raw.rps) === 0 || median(s.api.rps) === 0;
    const ratio = none ? "none finished" : `${f.throughputRatio.toFixed(2)}×`;
    const pair = (a: number, b: number) => (none ? "" : `${a.toFixed(2)} / ${b.toFixed(2)}`);
    const cpu = pair(f.cpuApi, f.cpuRaw);
    lines.push(
      `| ${s.name} | ${ratio} | ${f.p50Ratio.toFixed(1)}× (${f.p50Api.toFixed(2)} / ${f.p50Raw.toFixed(2)} ms) | ${f.p99Api.toFixed(0)} ms | ${f.deepOverFirst === null ? "" : `${f.deepOverFirst.toFixed(2)}×`} | ${cpu} | ${pair(f.postgresApi, f.postgresRaw)} | ${pair(f.machineApi, f.machineRaw)} | ${s.readStatements} | ${median(s.api.rps).toFixed(0)}${bad > 0 ? ` (${bad} not 2xx/errors)` : ""} |`,
    );
  }
  return lines.join("\n");
}
