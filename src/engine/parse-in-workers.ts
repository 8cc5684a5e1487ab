import { deserialize } from "node:v8";
import { runInWorkers, usableWorkers } from "./run-in-workers.js";
import type { LoadedContribution } from "../load/load-contribution.js";
import { parseAndCheck } from "./parse-and-check.js";
import type { ParseBatch, ParsedBatch, ParseInput } from "./protocol.js";

export interface Parsed {
  loaded: LoadedContribution;
  /** Its node:v8 serialization, when it came from a worker (the cache stores it as is). */
  serialized?: Uint8Array;
}

/** A batch is about this much Markdown: small enough to share work evenly, large enough that messages cost nothing. */
const BATCH_BYTES = 64 * 1024;

const WORKER_FILE = new URL("./parse-worker.js", import.meta.url);

/** Worker threads that can help parse now (none when running from the TypeScript sources). */
export function parseWorkers(): number {
  return usableWorkers(WORKER_FILE);
}

/**
 * Parse (and check: see parseAndCheck) files on the main thread and
 * `workers` worker threads at once, in batches; results in input order.
 */
export async function parseInWorkers(
  inputs: readonly ParseInput[],
  workers: number,
  onParsed: (count: number) => void = () => undefined,
): Promise<Parsed[]> {
  const batches = await runInWorkers<ParseBatch, ParsedBatch, Parsed[]>(
    splitIntoBatches(inputs),
    {
      workerFile: WORKER_FILE,
      workers,
      runHere: (batch) =>
        batch.files.map(({ file, bytes }) => ({
          loaded: parseAndCheck(bytes, file),
        })),
      fromWorker: (answer) =>
        answer.map((serialized) => ({
          loaded: deserialize(serialized) as LoadedContribution,
          serialized,
        })),
      onDone: (batch) => onParsed(batch.files.length),
    },
  );
  return batches.flat();
}

function splitIntoBatches(inputs: readonly ParseInput[]): ParseBatch[] {
  const batches: ParseBatch[] = [];
  let current: ParseInput[] = [];
  let bytes = 0;
  inputs.forEach((input, index) => {
    current.push(input);
    bytes += input.bytes.length;
    if (bytes >= BATCH_BYTES || index === inputs.length - 1) {
      batches.push({ files: current });
      current = [];
      bytes = 0;
    }
  });
  return batches;
}
