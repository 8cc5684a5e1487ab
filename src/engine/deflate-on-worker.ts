import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { deflateXml } from "../render/docx/deflate.js";
import type { DeflateElsewhere } from "../render/docx/index.js";
import { spareCores } from "./idle-cores.js";

/** What the worker is given. */
export interface DeflateJob {
  data: Uint8Array;
}

/** A worker thread ready to deflate one part of a draft. */
export interface DeflateWorker {
  /** `deflateXml(data)`, computed on the worker: give it to renderDocx. */
  deflate: DeflateElsewhere;
  /** End the worker, used or not (it ends by itself after one part). */
  stop(): void;
}

const WORKER_FILE = new URL("./deflate-worker.js", import.meta.url);

/**
 * Start a thread that will deflate a draft's largest part while the main
 * thread deflates the others. `build` starts it for a large edition as
 * soon as the report is merged, so that it has booted and loaded its code
 * (~0.1 s) by the time the draft is zipped; a smaller draft is deflated on
 * the main thread alone. Nothing is started on a single core or when the
 * compiled worker is absent (running from the TypeScript sources); whether
 * a core is spare is asked when the part is ready. The part is deflated
 * here when none is, or when the worker fails: the bytes are the same in
 * every case, only the time differs.
 */
export function startDeflateWorker(
  options: { workerFile?: URL; spareCores?: () => number } = {},
): DeflateWorker {
  const workerFile = options.workerFile ?? WORKER_FILE;
  const spare = options.spareCores ?? (() => spareCores());
  const here: DeflateWorker = {
    deflate: (data) => Promise.resolve(deflateXml(data)),
    stop: () => undefined,
  };
  if (!existsSync(fileURLToPath(workerFile)) || availableParallelism() < 2)
    return here;
  let worker: Worker;
  try {
    worker = new Worker(workerFile);
  } catch {
    return here;
  }
  // Until it has a part to deflate, it must not keep the process alive.
  worker.unref();
  let failed = false;
  worker.once("error", () => (failed = true));
  worker.once("exit", () => (failed = true));
  return {
    deflate: (data, { movable = false } = {}) => {
      if (failed || spare() < 1) {
        void worker.terminate();
        return here.deflate(data);
      }
      return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (deflated: () => Uint8Array) => {
          if (settled) return;
          settled = true;
          try {
            resolve(deflated());
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
          void worker.terminate();
        };
        // Moved bytes are gone from here: the caller deflates again from its text.
        const orHere = () => {
          if (movable) throw new Error("the deflate worker failed");
          return deflateXml(data);
        };
        worker.ref();
        worker.once("message", (deflated: Uint8Array) =>
          finish(() => deflated),
        );
        worker.once("error", () => finish(orHere));
        worker.once("exit", () => finish(orHere));
        const job: DeflateJob = { data };
        const buffer = data.buffer;
        worker.postMessage(
          job,
          // Only bytes that are the whole of their buffer: moving a buffer moves all of it.
          movable &&
            buffer instanceof ArrayBuffer &&
            data.byteOffset === 0 &&
            data.byteLength === buffer.byteLength
            ? [buffer]
            : [],
        );
      });
    },
    stop: () => void worker.terminate(),
  };
}
