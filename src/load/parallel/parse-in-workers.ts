import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deserialize } from "node:v8";
import { Worker } from "node:worker_threads";
import type { LoadedContribution } from "../load-contribution.js";
import { parseAndCheck } from "./parse-and-check.js";
import { spareCores } from "./idle-cores.js";
import type { ParseBatch, ParsedBatch, ParseInput } from "./protocol.js";

export interface Parsed {
  loaded: LoadedContribution;
  /** Its node:v8 serialization, when it came from a worker (the cache stores it as is). */
  serialized?: Uint8Array;
}

/** A batch is about this much Markdown: small enough to share work evenly, large enough that messages cost nothing. */
const BATCH_BYTES = 64 * 1024;
const MAX_WORKERS = 7;

const WORKER_FILE = new URL("./parse-worker.js", import.meta.url);

/**
 * How many worker threads can help: one per spare core (see spareCores:
 * cores other programs keep busy do not count; on a 2-core machine with
 * one other busy process, a worker made parsing 1.5× slower, not faster).
 * None when the worker's compiled file is absent (running from the
 * TypeScript sources, as the test runner does).
 */
export function usableWorkers(): number {
  if (!existsSync(fileURLToPath(WORKER_FILE))) return 0;
  return Math.min(MAX_WORKERS, spareCores());
}

/**
 * Batches queued at each worker. With one, a worker that finished its batch
 * sat idle until the main thread finished parsing its own and handed out
 * the next.
 */
const QUEUED_PER_WORKER = 3;

/**
 * Parse files on the main thread and `workers` worker threads at once.
 * Each worker keeps a few batches queued and gets the next as it answers,
 * so the work splits evenly whatever the workers' start-up costs. When no
 * batch is left to hand out, the main thread takes the batches still
 * queued at workers, last first, rather than wait: a worker that is slow
 * (starting cold, or on a busy core) no longer holds up the end. Results
 * come back in input order; a worker that fails only leaves its batches to
 * the main thread.
 */
export async function parseInWorkers(
  inputs: readonly ParseInput[],
  workers: number,
  onParsed: (count: number) => void = () => undefined,
): Promise<Parsed[]> {
  const results: Parsed[] = new Array<Parsed>(inputs.length);
  const batches = splitIntoBatches(inputs);
  const done = new Array<boolean>(batches.length).fill(false);
  let next = 0;
  const finish = (
    index: number,
    parsed: (file: ParseInput, i: number) => Parsed,
  ) => {
    if (done[index]) return;
    const { batch, start } = batches[index];
    batch.files.forEach((file, i) => {
      results[start + i] = parsed(file, i);
    });
    done[index] = true;
    onParsed(batch.files.length);
  };
  const parseHere = (index: number) =>
    finish(index, ({ file, bytes }) => ({
      loaded: parseAndCheck(bytes, file),
    }));
  const lastUndone = () => done.lastIndexOf(false);
  const letMessagesIn = () => new Promise((resolve) => setImmediate(resolve));

  const pool = Array.from(
    { length: Math.min(workers, batches.length - 1) },
    () => new Worker(WORKER_FILE),
  );
  const helpers = pool.map((worker) => feedWorker(worker));

  function feedWorker(worker: Worker): Promise<void> {
    return new Promise((resolve) => {
      let queued = 0;
      const send = () => {
        while (queued < QUEUED_PER_WORKER && next < batches.length) {
          worker.postMessage(batches[next++].batch);
          queued++;
        }
        if (queued === 0) resolve();
      };
      worker.on("message", (answer: ParsedBatch) => {
        queued--;
        finish(answer.id, (_file, i) => {
          const serialized = answer.results[i];
          return {
            loaded: deserialize(serialized) as LoadedContribution,
            serialized,
          };
        });
        send();
      });
      // Its batches stay undone and the main thread parses them.
      worker.on("error", () => resolve());
      worker.on("exit", () => resolve());
      send();
    });
  }

  for (;;) {
    const index = next < batches.length ? next++ : lastUndone();
    if (index === -1) break;
    parseHere(index);
    // Let the workers' answers in, and hand them their next batches.
    await letMessagesIn();
  }
  await Promise.all(pool.map((worker) => worker.terminate()));
  await Promise.all(helpers);
  return results;
}

function splitIntoBatches(
  inputs: readonly ParseInput[],
): { batch: ParseBatch; start: number }[] {
  const batches: { batch: ParseBatch; start: number }[] = [];
  let current: ParseInput[] = [];
  let bytes = 0;
  let start = 0;
  inputs.forEach((input, index) => {
    current.push(input);
    bytes += input.bytes.length;
    if (bytes >= BATCH_BYTES || index === inputs.length - 1) {
      batches.push({ batch: { id: batches.length, files: current }, start });
      start = index + 1;
      current = [];
      bytes = 0;
    }
  });
  return batches;
}
