import { parentPort, workerData } from "node:worker_threads";
import { newRun } from "./context.ts";
import { generate } from "./generate.ts";
import { loadGeography } from "./geography.ts";
import { type EncodedTable, encodeTable, type Sink } from "./sink.ts";
import type { ThreadInput, ThreadMessage, ThreadReply } from "./threaded.ts";

// The generator thread: makes every row, encodes each table of a batch as COPY text and hands the bytes
// over (moved, not copied); each load resolves when the main thread has loaded it.
const port = parentPort;
if (!port) throw new Error("national seed: the generator thread runs only as a worker");
const input = workerData as ThreadInput;
const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
port.on("message", (m: ThreadReply) => {
  const w = waiting.get(m.id);
  waiting.delete(m.id);
  if (m.error === undefined) w?.resolve();
  else w?.reject(new Error(m.error));
});
let next = 0;
const sink: Sink = {
  lanes: input.lanes,
  load(lane, batch) {
    const tables = batch.map(encodeTable).filter((t): t is EncodedTable => t !== null);
    if (tables.length === 0) return Promise.resolve();
    const id = next;
    next += 1;
    const loaded = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
    const message: ThreadMessage = { type: "batch", id, lane, tables };
    port.postMessage(
      message,
      tables.map((t) => t.bytes.buffer as ArrayBuffer),
    );
    return loaded;
  },
  async close() {},
};
const counts = await generate(newRun(input.seed, input.scale, input.today, await loadGeography()), sink);
port.postMessage({ type: "done", counts } satisfies ThreadMessage);
