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
 * Parse files on the main thread and `workers` worker threads at once,
 * each taking the next batch when it is free, so the work splits evenly
 * whatever the workers' start-up costs. When no batch is left, the main
 * thread parses the batches still out with workers itself rather than
 * wait: a worker starts cold (its parser not yet compiled), the main
 * thread does not. Results come back in input order; a worker that fails
 * only leaves its batch to the main thread.
 */
export async function parseInWorkers(
  inputs: readonly ParseInput[],
  workers: number,
  onParsed: (count: number) => void = () => undefined,
): Promise<Parsed[]> {
  const results: Parsed[] = new Array<Parsed>(inputs.length);
  const batches = splitIntoBatches(inputs);
  const done = new Array<boolean>(batches.length).fill(false);
  const outWithWorkers = new Set<number>();
  let next = 0;
  const parseHere = (index: number) => {
    if (done[index]) return;
    const { batch, start } = batches[index];
    batch.files.forEach(({ file, bytes }, i) => {
      results[start + i] = { loaded: parseAndCheck(bytes, file) };
    });
    done[index] = true;
    onParsed(batch.files.length);
  };
  const letMessagesIn = () => new Promise((resolve) => setImmediate(resolve));

  const pool = Array.from(
    { length: Math.min(workers, batches.length - 1) },
    () => new Worker(WORKER_FILE),
  );
  const helpers = pool.map(async (worker) => {
    while (next < batches.length) {
      const index = next++;
      const { batch, start } = batches[index];
      outWithWorkers.add(index);
      let answer: ParsedBatch;
      try {
        answer = await ask(worker, batch);
      } catch {
        return; // The main thread parses the batch.
      } finally {
        outWithWorkers.delete(index);
      }
      if (done[index]) continue;
      answer.results.forEach((serialized, i) => {
        results[start + i] = {
          loaded: deserialize(serialized) as LoadedContribution,
          serialized,
        };
      });
      done[index] = true;
      onParsed(batch.files.length);
    }
  });

  while (next < batches.length) {
    parseHere(next++);
    // Let the workers' answers in, and hand them their next batch.
    await letMessagesIn();
  }
  for (const index of [...outWithWorkers]) {
    await letMessagesIn();
    parseHere(index);
  }
  await Promise.all(pool.map((worker) => worker.terminate()));
  await Promise.all(helpers);
  // Batches of a worker that failed before they were handed out again.
  done.forEach((isDone, index) => {
    if (!isDone) parseHere(index);
  });
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

function ask(worker: Worker, batch: ParseBatch): Promise<ParsedBatch> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (answer: ParsedBatch) => {
      cleanup();
      resolve(answer);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`parse worker exited with code ${code}`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(batch);
  });
}
