import type { Database } from "@sinergi/db";
import { SingleBar } from "cli-progress";
import type { Kysely } from "kysely";
import { isPeriod } from "./months.ts";
import { runBackfill } from "./pass.ts";

/** The backfill's range. */
export interface BackfillArgs {
  readonly from: string;
  readonly to: string;
}

/** Reads `--from YYYY-MM --to YYYY-MM` (or `--from=…`); a string saying what is wrong otherwise. */
export function parseBackfillArgs(argv: readonly string[]): BackfillArgs | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.split("=", 2);
    if (name !== "--from" && name !== "--to") return `unknown argument ${JSON.stringify(arg)}`;
    const value = inline ?? argv[++i];
    if (value === undefined || !isPeriod(value)) return `${name} needs a month as YYYY-MM`;
    values[name.slice(2)] = value;
  }
  const { from, to } = values;
  if (from === undefined || to === undefined) return "usage: backfill --from YYYY-MM --to YYYY-MM";
  if (from > to) return "--from must not be after --to";
  return { from, to };
}

/** Where the command writes: a terminal gets a progress bar, anything else plain lines. */
export interface Output {
  readonly isTTY: boolean;
  write(text: string): void;
}

/** Makes every missing report of the range, reporting progress; returns the exit code. */
export async function runBackfillCommand(
  db: Kysely<Database>,
  args: BackfillArgs,
  options: { readonly worker: string; readonly out: Output; readonly now?: () => string },
): Promise<number> {
  const { out } = options;
  const bar = out.isTTY
    ? new SingleBar({
        format: "backfill {bar} {value}/{total} months | {period} | {made} made, {failed} failed",
        stream: { write: (t: string) => out.write(t), isTTY: true } as unknown as NodeJS.WriteStream,
        hideCursor: true,
      })
    : undefined;
  let made = 0;
  let failed = 0;
  const result = await runBackfill(db, args, {
    worker: options.worker,
    ...(options.now ? { now: options.now } : {}),
    onPeriod: (o, i, total) => {
      made += o.made;
      failed += o.failures.length;
      if (bar) {
        if (i === 0) bar.start(total, 0, { period: o.period, made, failed });
        bar.update(i + 1, { period: o.period, made, failed });
      } else {
        const busy = o.busy ? " (another worker is making it)" : "";
        out.write(`${o.period}: ${o.made} made, ${o.failures.length} failed${busy}\n`);
      }
    },
  });
  bar?.stop();
  for (const f of result.failures) out.write(`failed ${f.key}: ${f.reason}\n`);
  const skipped = args.to > (result.periods.at(-1) ?? args.to) ? " (months not yet closed left out)" : "";
  out.write(
    `backfill done: ${result.periods.length} months, ${result.made} reports made, ${result.failures.length} failed${skipped}\n`,
  );
  return result.failures.length === 0 ? 0 : 1;
}
