import type { ReportConfig } from "../model.js";
import type { FileSource } from "./file-source.js";
import { parseReportConfig } from "./load-config.js";
import {
  parseContribution,
  type LoadedContribution,
} from "./load-contribution.js";

export interface LoadProgress {
  /** Contributions read and parsed (or found in a cache) so far. */
  done: number;
  total: number;
}

/**
 * How the loader turns report.yaml and contribution files into data. The
 * plain way below parses each file in turn; src/engine/ offers one that
 * keeps parses in a cache, parses on worker threads and runs the rules that
 * read a file alone as it parses, with the same edition as a result.
 */
export interface LoadEngine {
  parseConfig(bytes: Uint8Array, file: string): Promise<ReportConfig>;
  /** The files' contributions (or why they are unreadable), in the order given. */
  loadContributions(
    source: FileSource,
    files: readonly string[],
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<LoadedContribution[]>;
  /** Resolves when what the engine writes in the background (its cache) is done; absent: nothing is. */
  settle?(): Promise<void>;
}

/** Files read at once: enough to keep the disk busy, few enough for any ulimit. */
const READ_CONCURRENCY = 32;

/** Read every file, a few at a time, keeping the given order. */
export async function readFiles(
  source: FileSource,
  files: readonly string[],
): Promise<{ file: string; bytes: Uint8Array }[]> {
  const inputs = new Array<{ file: string; bytes: Uint8Array }>(files.length);
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      inputs[index] = { file, bytes: await source.readFile(file) };
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader),
  );
  return inputs;
}

/** Parse everything, here and now: no cache, no threads. */
export const plainLoading: LoadEngine = {
  parseConfig: (bytes, file) => Promise.resolve(parseReportConfig(bytes, file)),
  async loadContributions(source, files, onProgress) {
    const inputs = await readFiles(source, files);
    onProgress?.({ done: 0, total: inputs.length });
    return inputs.map(({ file, bytes }, index) => {
      const loaded = parseContribution(bytes, file);
      onProgress?.({ done: index + 1, total: inputs.length });
      return loaded;
    });
  },
};
