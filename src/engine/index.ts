import type { LoadEngine } from "../load/load-engine.js";
import { parseReportConfigCached } from "./cached-config.js";
import { ContributionCache } from "./contribution-cache.js";
import {
  loadContributions,
  type ParallelParsing,
} from "./load-contributions.js";

export interface EngineOptions {
  /** Where the project is and which edition, to find the edition's cache. */
  root: string;
  dir: string;
  /** Parsed contributions kept between runs; by default the edition's cache in the user's cache folder (see ContributionCache.forEdition). */
  cache?: ContributionCache | false | undefined;
  /** When and how to parse on worker threads (see PARALLEL_ABOVE_BYTES). */
  parallel?: ParallelParsing | undefined;
}

/**
 * Speed around the pure loader: the same edition as `plainLoading`, with
 * each file's parse, and what the rules that read a file alone find in it
 * (parseAndCheck), memoized by content in a cache and computed on worker
 * threads when there is a lot to parse. Nothing in load, validate or merge
 * knows it is there.
 */
export function createEngine(options: EngineOptions): LoadEngine {
  const cache =
    options.cache === false
      ? undefined
      : (options.cache ??
        ContributionCache.forEdition(options.root, options.dir));
  return {
    parseConfig: (bytes, file) => parseReportConfigCached(bytes, file, cache),
    loadContributions: (source, files, onProgress) =>
      loadContributions(source, files, {
        cache,
        ...(options.parallel === undefined
          ? {}
          : { parallel: options.parallel }),
        onProgress,
      }),
    settle: () => cache?.settled() ?? Promise.resolve(),
  };
}

export { ContributionCache } from "./contribution-cache.js";
export type { ParallelParsing } from "./load-contributions.js";
