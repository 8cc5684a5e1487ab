// A worker thread that deflates one part of a large draft (see
// deflate-on-worker.ts) while the main thread deflates the others.
import { deflateSync } from "fflate";
import { parentPort, workerData } from "node:worker_threads";
import type { DeflateJob } from "./deflate-on-worker.js";

const { data, level } = workerData as DeflateJob;
const deflated = deflateSync(data, { level });
parentPort?.postMessage(deflated, [deflated.buffer]);
