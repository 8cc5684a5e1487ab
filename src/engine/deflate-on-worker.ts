import { deflateSync } from "fflate";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { spareCores } from "./idle-cores.js";

/** What the worker is given. */
export interface DeflateJob {
  data: Uint8Array;
  level: 6;
}

const WORKER_FILE = new URL("./deflate-worker.js", import.meta.url);

/**
 * `deflateSync(data, { level: 6 })`, computed on a worker thread of its
 * own, so that the main thread can deflate a draft's other parts
 * meanwhile. Here instead when no core is spare, when the compiled worker
 * is absent (running from the TypeScript sources) or when the worker
 * fails: the same bytes in every case, only the time differs.
 */
export function deflateOnWorker(data: Uint8Array): Promise<Uint8Array> {
  if (!existsSync(fileURLToPath(WORKER_FILE)) || spareCores() < 1)
    return Promise.resolve(deflateHere(data));
  return deflateOnWorkerThread(data);
}

function deflateHere(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 6 });
}

/** {@link deflateOnWorker} on a worker thread whether or not a core is spare (here only when the worker fails). */
export function deflateOnWorkerThread(
  data: Uint8Array,
  workerFile: URL = WORKER_FILE,
): Promise<Uint8Array> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (deflated: () => Uint8Array) => {
      if (settled) return;
      settled = true;
      resolve(deflated());
      void worker.terminate();
    };
    const job: DeflateJob = { data, level: 6 };
    const worker = new Worker(workerFile, { workerData: job });
    worker.once("message", (deflated: Uint8Array) => finish(() => deflated));
    worker.once("error", () => finish(() => deflateHere(data)));
    worker.once("exit", () => finish(() => deflateHere(data)));
  });
}
