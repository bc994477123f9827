import { Worker } from "node:worker_threads";
import type { NationalCounts } from "./generate.ts";
import type { EncodedTable, Sink } from "./sink.ts";

/** What the generator thread is started with. */
export interface ThreadInput {
  readonly seed: number;
  readonly scale: number;
  readonly today: string;
  readonly lanes: number;
}

/** A message from the generator thread: a batch to load on a lane, or the end with the counts. */
export type ThreadMessage =
  | { readonly type: "batch"; readonly id: number; readonly lane: number; readonly tables: EncodedTable[] }
  | { readonly type: "done"; readonly counts: NationalCounts };

/** The answer to a batch: loaded, or the error that stopped it. */
export interface ThreadReply {
  readonly id: number;
  readonly error?: string;
}

/**
 * Runs the generator in a worker thread and loads what it hands over into `sink` on the lanes it names.
 * The thread waits for each batch to be loaded exactly as the in-thread generator waits for its sink, so
 * the order of loads (parents first, lifecycle history in one sequence) and the bound on rows in flight
 * are the same; what moves off this thread is building rows and encoding them as COPY text.
 */
export function generateInThread(
  options: { readonly seed: number; readonly scale: number; readonly today: string },
  sink: Sink,
): Promise<NationalCounts> {
  const loadEncoded = sink.loadEncoded?.bind(sink);
  if (!loadEncoded) return Promise.reject(new Error("national seed: this sink takes no encoded rows"));
  const input: ThreadInput = {
    seed: options.seed,
    scale: options.scale,
    today: options.today,
    lanes: sink.lanes,
  };
  return new Promise((resolve, reject) => {
    const worker = startWorker(input);
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(e);
    };
    worker.on("message", (m: ThreadMessage) => {
      if (m.type === "done") {
        settled = true;
        void worker.terminate().then(() => resolve(m.counts), reject);
        return;
      }
      loadEncoded(m.lane, m.tables).then(
        () => worker.postMessage({ id: m.id } satisfies ThreadReply),
        (e: unknown) => {
          worker.postMessage({ id: m.id, error: String(e) } satisfies ThreadReply);
          fail(e);
        },
      );
    });
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`national seed: generator thread stopped (exit ${code})`)));
  });
}

/** The generator thread's old-generation ceiling (MB). */
const HEAP_MB = 512;

/**
 * Starts the generator thread from its TypeScript file. Under tsx on Node 20 a worker does not inherit
 * tsx's loader, so the worker first registers it through tsx's own API (found beside the loader).
 */
function startWorker(input: ThreadInput): Worker {
  // What the generator keeps alive is about 200 MB at full scale (measured after forced collections);
  // left alone V8 lets the heap grow to five times that before collecting. A ceiling keeps it near.
  const options = { workerData: input, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } };
  const entry = new URL("./generator-thread.ts", import.meta.url).href;
  const loader = process.execArgv.find((a) => a.endsWith("/tsx/dist/loader.mjs"));
  if (!loader) return new Worker(new URL(entry), options);
  const api = new URL("./esm/api/index.mjs", loader).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
