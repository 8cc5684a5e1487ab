import type { ContributionCache } from "./contribution-cache.js";
import type { FileSource } from "../load/file-source.js";
import type { LoadedContribution } from "../load/load-contribution.js";
import { readFiles, type LoadProgress } from "../load/load-engine.js";
import { parseAndCheck } from "./parse-and-check.js";
import {
  parseInWorkers,
  parseWorkers,
  type Parsed,
} from "./parse-in-workers.js";
import type { ParseInput } from "./protocol.js";

/**
 * Worker threads pay for themselves only on large editions: each one
 * loads and compiles the Markdown parser again (0.3 to 0.5 s of CPU before
 * it parses at full speed), while the main thread parses about 3 MB/s.
 * Below this much Markdown to parse, the main thread alone is as fast.
 * Not even a worker started as the process starts, with its own V8 code
 * cache, helps at the sample's size (155 KB, 26 files) on 2 cores: it
 * answered in time, but both threads parsed at half speed and the parsing
 * ended 40 ms later than on the main thread alone (measured 2026-12).
 */
export const PARALLEL_ABOVE_BYTES = 4 * 1024 * 1024;

export interface ParallelParsing {
  /** Parse on worker threads when the files to parse add up to more bytes than this (default PARALLEL_ABOVE_BYTES). */
  above?: number;
  /** How many worker threads (default: one per idle core beside the main thread's). */
  workers?: number;
}

export interface ContributionLoading {
  cache?: ContributionCache | undefined;
  parallel?: ParallelParsing;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/**
 * Read and parse contribution files, in the order given: cached parses
 * when the cache has them, the rest on worker threads when there is
 * enough of it, then the cache is saved for next time.
 */
export async function loadContributions(
  source: FileSource,
  files: readonly string[],
  options: ContributionLoading = {},
): Promise<LoadedContribution[]> {
  const { cache } = options;
  const [inputs] = await Promise.all([readFiles(source, files), cache?.open()]);
  const results = new Array<LoadedContribution>(inputs.length);
  const keys = inputs.map((input) => cache?.keyOf(input.file, input.bytes));
  const missing: number[] = [];
  inputs.forEach((input, index) => {
    const key = keys[index];
    const hit = key === undefined ? undefined : cache?.get(key, input.file);
    if (hit === undefined) missing.push(index);
    else results[index] = hit;
  });

  let done = inputs.length - missing.length;
  const progress = (count: number) => {
    done += count;
    options.onProgress?.({ done, total: inputs.length });
  };
  progress(0);
  const parsed = await parseMissing(
    missing.map((index) => inputs[index]),
    options.parallel ?? {},
    progress,
  );
  parsed.forEach(({ loaded, serialized }, i) => {
    const index = missing[i];
    results[index] = loaded;
    const key = keys[index];
    if (key !== undefined) cache?.put(key, loaded, serialized);
  });
  await cache?.save();
  return results;
}

async function parseMissing(
  inputs: readonly ParseInput[],
  parallel: ParallelParsing,
  progress: (count: number) => void,
): Promise<Parsed[]> {
  const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
  const workers =
    bytes > (parallel.above ?? PARALLEL_ABOVE_BYTES)
      ? (parallel.workers ?? parseWorkers())
      : 0;
  if (workers > 0 && inputs.length > 1)
    return parseInWorkers(inputs, workers, progress);
  return inputs.map(({ file, bytes }) => {
    const loaded = parseAndCheck(bytes, file);
    progress(1);
    return { loaded };
  });
}
