import type {
  Diagnostic,
  SilencedDiagnostic,
} from "./diagnostics/diagnostic.js";
import type { ContributionCache } from "./engine/index.js";
import { createEngine, type ParallelParsing } from "./engine/index.js";
import { diskFileSource, type FileSource } from "./load/file-source.js";
import { loadEdition } from "./load/load-edition.js";
import type { LoadProgress } from "./load/load-engine.js";
import { mergeContributions } from "./merge/index.js";
import type { Edition, Report } from "./model.js";
import {
  applyRuleSettings,
  checkEdition,
  checkReport,
} from "./validate/index.js";

export interface BuildOptions {
  /** Where to read from; the working tree by default, a git revision for `diff`. */
  source?: FileSource;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /**
   * `false`: load plainly, without the cache or worker threads (src/engine/).
   * The result is the same either way; the engine only makes it faster.
   */
  engine?: false;
  /** The engine's cache; by default the edition's cache in the user's cache folder when reading the working tree, none when reading a revision. */
  cache?: ContributionCache | false;
  /** When and how the engine parses on worker threads. */
  parallel?: ParallelParsing;
  /**
   * Root-relative files of the edition folder to leave out as if they were
   * not there (`build --skip-invalid`: the contributions that have errors).
   */
  leaveOut?: ReadonlySet<string>;
}

export interface BuildResult {
  edition: Edition;
  report: Report;
  /** What the rules found, with report.yaml `rules:` and disable comments applied, in one order for every output: by file, then line and column. */
  diagnostics: Diagnostic[];
  silenced: SilencedDiagnostic[];
}

/**
 * load -> validate -> merge, and the one place the rules run: the load and
 * merge phases only read and combine, and say what they could not read or
 * had to leave out as data the rules report. Rendering is the caller's
 * choice of format.
 */
export async function buildReport(
  root: string,
  dir: string,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const started = await startBuild(root, dir, options);
  const result = started.finish();
  await started.settled;
  return result;
}

/** A build whose report-wide rules have not run yet (see {@link startBuild}). */
export interface StartedBuild {
  edition: Edition;
  report: Report;
  /**
   * What the rules that read a file, a contribution or the edition found,
   * with report.yaml's settings applied: when these block the draft, so
   * does the whole result.
   */
  editionDiagnostics: Diagnostic[];
  /** Run the report-wide rules (the first call only) and give the whole result, as {@link buildReport} does. */
  finish(): BuildResult;
  /** Resolves when the engine's cache is written: wait for it before the process ends or the cache is read again. */
  settled: Promise<void>;
}

/**
 * {@link buildReport} with the report-wide rules (word count, acronyms,
 * table widths, what the merge left out) run when the caller asks: `build`
 * runs them while a large draft's body is deflated on another thread. They
 * only warn unless report.yaml raises them, and the draft does not depend
 * on them: a caller that renders first still decides from `finish()`
 * whether to keep the draft.
 */
export async function startBuild(
  root: string,
  dir: string,
  options: BuildOptions = {},
): Promise<StartedBuild> {
  const source = options.source ?? diskFileSource(root);
  const engine =
    options.engine === false
      ? undefined
      : createEngine({
          root: source.root,
          dir,
          cache:
            options.cache ?? (options.source === undefined ? undefined : false),
          parallel: options.parallel,
        });
  const loaded = await loadEdition(root, dir, {
    source,
    ...(engine === undefined ? {} : { engine }),
    onProgress: options.onProgress,
  });
  const edition =
    options.leaveOut === undefined
      ? loaded
      : withoutFiles(loaded, options.leaveOut);
  const { report, leftOut } = mergeContributions(edition);
  const found = checkEdition(edition);
  let result: BuildResult | undefined;
  return {
    edition,
    report,
    // The cache is written while the report is merged, checked and rendered.
    settled: engine?.settle?.() ?? Promise.resolve(),
    // Settings apply diagnostic by diagnostic: these are the whole result's first part.
    editionDiagnostics: applyRuleSettings(found, edition).diagnostics,
    finish: () => {
      result ??= {
        edition,
        report,
        ...applyRuleSettings(
          [...found, ...checkReport({ edition, report, leftOut })],
          edition,
        ),
      };
      return result;
    },
  };
}

function withoutFiles(edition: Edition, files: ReadonlySet<string>): Edition {
  return {
    ...edition,
    contributions: edition.contributions.filter((c) => !files.has(c.file)),
    files: edition.files.filter((f) => !files.has(f.file)),
    unreadable: edition.unreadable.filter((u) => !files.has(u.file)),
  };
}
