// A worker thread that deflates one part of a large draft (see
// deflate-on-worker.ts) while the main thread deflates the others. It may
// be started before the part is ready, and waits for it.
import { deflateSync } from "fflate";
import { parentPort } from "node:worker_threads";
import type { DeflateJob } from "./deflate-on-worker.js";

parentPort?.once("message", ({ data, level }: DeflateJob) => {
  const deflated = deflateSync(data, { level });
  parentPort?.postMessage(deflated, [deflated.buffer]);
});
