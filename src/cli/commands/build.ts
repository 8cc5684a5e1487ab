import path from "node:path";
import { startBuild, type BuildResult } from "../../build-report.js";
import { exitCodeFor } from "../../diagnostics/exit-code.js";
import { blockedBuildJson, buildSummaryJson } from "../../build-summary.js";
import {
  formatDiagnosticsText,
  summaryLine,
} from "../../diagnostics/format-text.js";
import { displayPath } from "../../shared/paths.js";
import { groupDigits, plural } from "../../shared/numbers.js";
import { locateEdition } from "../../load/find-edition.js";
import type { Edition, Report } from "../../model.js";
import type { DeflateElsewhere } from "../../render/docx/index.js";
import type { LoadProgress } from "../../load/load-engine.js";
import {
  buildReportSkippingInvalid,
  type SkippedFile,
} from "../../skip-invalid.js";
import {
  countReportWords,
  type ReportWords,
} from "../../words/report-words.js";
import type { CliIO } from "../io.js";
import { startProgress, type Progress } from "../progress.js";
import { styleFor } from "../style.js";
import { startDeflateWorker } from "../../engine/deflate-on-worker.js";
import { ConfigError } from "../../diagnostics/errors.js";
import { escapeLine, quotePath } from "../../diagnostics/terminal-text.js";
import { checkOutputPath } from "../output-guard.js";
import { displayOutputPath, writeOutput } from "../write-output.js";
import {
  formatOfExtension,
  outputFormats,
  type OutputFormat,
} from "../../render/formats.js";

type Format = OutputFormat;

export interface BuildOptions {
  edition?: string;
  out?: string;
  /** Absent: inferred from --out's extension, as pandoc does, else docx. */
  format?: Format;
  annotate?: boolean;
  manuscript?: boolean;
  strict?: boolean;
  json?: boolean;
  /** Write the draft without the contributions that have errors (exit 1: the draft is incomplete). */
  skipInvalid?: boolean;
}

export async function buildCommand(
  options: BuildOptions,
  io: CliIO,
): Promise<number> {
  // A terminal sees what a long build is doing; the line is gone before anything else prints.
  const progress = startProgress(io.stderr, { env: io.env });
  try {
    return await build(options, io, progress);
  } finally {
    progress.done();
  }
}

async function build(
  given: BuildOptions,
  io: CliIO,
  progress: Progress,
): Promise<number> {
  const options = { ...given, format: outputFormat(given) };
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const explicitOut =
    options.out === undefined || options.out === "-"
      ? undefined
      : path.resolve(io.cwd, options.out);
  const request = { cwd: io.cwd, flag: "--out", explicit: true };
  // Refused before the build, so a wrong --out costs no time.
  if (explicitOut !== undefined)
    await checkOutputPath(explicitOut, { root, dir }, request);
  const loading = {
    onProgress: ({ done, total }: { done: number; total: number }) =>
      done < total
        ? progress.count("reading contributions", done, total)
        : progress.stage("checking and merging"),
  };
  const where = { root, cwd: io.cwd };
  const { result, skipped, leftOut, bytes } = await buildAndRender(
    root,
    dir,
    options,
    { loading, progress, where },
  );
  const errStyle = styleFor(io.stderr, io.env);
  const blocked = exitCodeFor(result.diagnostics, {
    strict: options.strict === true,
  });
  // No draft exactly when something blocks it (see buildAndRender).
  if (blocked !== 0 || bytes === undefined) {
    progress.done();
    if (options.json === true) {
      // What blocks the draft, for a script: the same shape as `validate --json`.
      io.stdout.write(
        `${JSON.stringify(blockedBuildJson(result, skipped, where), null, 2)}\n`,
      );
      return blocked;
    }
    io.stderr.write(
      formatDiagnosticsText(result.diagnostics, { ...where, style: errStyle }),
    );
    io.stderr.write(
      `Not built: fix the ${options.strict === true ? "problems" : "errors"} above first (\`wps-report validate\` lists them${options.skipInvalid === true ? "; --skip-invalid leaves out contributions, not problems in the outline" : ", or build without the contributions that have them: `wps-report build --skip-invalid`"}).\n`,
    );
    return blocked;
  }
  const out = outputPath(options, result.report, root, dir, io.cwd);
  if (out === undefined) io.stdout.write(bytes);
  else
    await writeOutput(out, bytes, {
      ...request,
      explicit: explicitOut !== undefined,
      inputs: { root, dir, outlines: [result.edition.outline.file] },
    });
  progress.done();

  const words = countReportWords(result.report);
  const summary = buildSummaryJson(result, {
    skipped,
    format: options.format,
    output: out === undefined ? null : displayOutputPath(out, where),
    where,
    words,
  });
  if (options.json === true) {
    // The summary takes stdout unless the draft itself is printed there.
    (out === undefined ? io.stderr : io.stdout).write(
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    return skipped.length === 0 ? 0 : 1;
  }
  // Warnings go to stderr as a summary so a draft printed to stdout stays clean.
  if (result.diagnostics.length > 0)
    io.stderr.write(
      `${summaryLine(result.diagnostics, errStyle)} (run \`wps-report validate\` for details)\n`,
    );
  io.stderr.write(`${wordsLine(words, result.edition.config.wordLimit)}\n`);
  for (const s of summary.silenced)
    io.stderr.write(
      `silenced ${s.ruleId} at ${quotePath(s.file)}:${s.line}: ${escapeLine(s.reason)}\n`,
    );
  if (out !== undefined) {
    io.stderr.write(
      `Wrote ${quotePath(summary.output ?? "")}: ${plural(summary.paragraphs, "paragraph")}${summary.annexParagraphs > 0 ? ` (and ${groupDigits(summary.annexParagraphs)} in annexes)` : ""}, ${plural(summary.footnotes, "footnote")}, ${plural(summary.contributors, "contributor")}.\n`,
    );
  }
  if (skipped.length > 0) {
    // Exit 1: a draft was written, but problems were found and it is incomplete.
    io.stderr.write(
      `${errStyle.bold(`Incomplete draft: left out ${plural(skipped.length, "file")} with ${options.strict === true ? "problems" : "errors"}`)} (\`wps-report validate\` lists them):\n${leftOut.map((line) => `  ${line}\n`).join("")}`,
    );
    return 1;
  }
  return 0;
}

/**
 * --format, or the format --out's extension names (as pandoc infers it),
 * else DOCX. A --format that contradicts the extension (`--out x.docx
 * --format md`) would write a file no program opens: a usage error.
 */
function outputFormat(options: BuildOptions): Format {
  const named =
    options.out === undefined || options.out === "-"
      ? undefined
      : formatOfExtension(path.extname(options.out));
  if (
    options.format !== undefined &&
    named !== undefined &&
    named !== options.format
  )
    throw new ConfigError(
      `--out ${options.out} names a ${named.toUpperCase()} file, but --format ${options.format} was asked for`,
      undefined,
      `Drop --format (the extension decides), or give --out a .${options.format} name.`,
    );
  return options.format ?? named ?? "docx";
}

/** Markdown from which the draft's body (then over about 1 MiB of XML) is deflated on a worker thread. */
const LARGE_EDITION = 1024 * 1024;

function markdownChars(edition: Edition): number {
  return edition.contributions.reduce(
    (sum, contribution) => sum + (contribution.text?.length ?? 0),
    0,
  );
}

/**
 * The build's result and, unless something blocks it, its draft. Without
 * --skip-invalid the draft is rendered once the rules that read the
 * contributions find nothing blocking, and the report-wide rules run
 * while a large draft's body is deflated on another thread (a draft they
 * then block is dropped: they only warn unless report.yaml raises them).
 */
async function buildAndRender(
  root: string,
  dir: string,
  options: BuildOptions & { format: Format },
  context: {
    loading: { onProgress: (progress: LoadProgress) => void };
    progress: Progress;
    where: { root: string; cwd: string };
  },
): Promise<{
  result: BuildResult;
  skipped: SkippedFile[];
  /** The files left out, as the closing message lists them. */
  leftOut: string[];
  bytes?: Uint8Array | string;
}> {
  const strict = { strict: options.strict === true };
  const writing = () =>
    context.progress.stage(`writing the ${options.format.toUpperCase()}`);
  if (options.skipInvalid === true) {
    const { result, skipped } = await buildReportSkippingInvalid(root, dir, {
      ...context.loading,
      ...strict,
    });
    writing();
    const leftOut = skipped.map(
      (s) =>
        `${s.entity ?? "?"} \u2014 ${displayPath(s.file, context.where)} (${plural(s.diagnostics.length, strict.strict ? "problem" : "error")})`,
    );
    if (exitCodeFor(result.diagnostics, strict) !== 0)
      return { result, skipped, leftOut };
    return {
      result,
      skipped,
      leftOut,
      bytes: await render(result.report, result.edition, options, { leftOut }),
    };
  }
  const started = await startBuild(root, dir, context.loading);
  writing();
  if (exitCodeFor(started.editionDiagnostics, strict) !== 0) {
    await started.settled;
    return { result: started.finish(), skipped: [], leftOut: [] };
  }
  // A large edition's draft body is deflated on a worker: boot it while the draft is written.
  const deflater =
    options.format === "docx" && markdownChars(started.edition) >= LARGE_EDITION
      ? startDeflateWorker()
      : undefined;
  let bytes: Uint8Array | string;
  try {
    bytes = await render(started.report, started.edition, options, {
      leftOut: [],
      meanwhile: () => void started.finish(),
      deflateElsewhere: deflater?.deflate,
    });
  } finally {
    deflater?.stop();
  }
  await started.settled;
  const result = started.finish();
  return exitCodeFor(result.diagnostics, strict) === 0
    ? { result, skipped: [], leftOut: [], bytes }
    : { result, skipped: [], leftOut: [] };
}

async function render(
  report: Report,
  edition: Edition,
  options: BuildOptions & { format: Format },
  extra: {
    leftOut: readonly string[];
    meanwhile?: (() => void) | undefined;
    deflateElsewhere?: DeflateElsewhere | undefined;
  },
): Promise<Uint8Array | string> {
  return outputFormats[options.format].render(report, {
    edition,
    annotate: options.annotate === true,
    manuscript: options.manuscript === true,
    leftOut: extra.leftOut,
    deflateElsewhere: extra.deflateElsewhere,
    meanwhile: extra.meanwhile,
  });
}

/**
 * The default DOCX path is drafts/<year>/<symbol with / as ->.docx beside
 * contributions/, and the HTML draft's the same with .html (a page to open,
 * not text to pipe); text formats go to stdout.
 */
function outputPath(
  options: BuildOptions & { format: Format },
  report: Report,
  root: string,
  _dir: string,
  cwd: string,
): string | undefined {
  if (options.out !== undefined)
    return options.out === "-" ? undefined : path.resolve(cwd, options.out);
  const format = outputFormats[options.format];
  if (format.defaultTo === "stdout") return undefined;
  return path.join(
    root,
    "drafts",
    String(report.meta.year),
    `${report.meta.symbol.replace(/[/*]/g, "-").replace(/\.+/g, "x")}${format.extensions[0]}`,
  );
}

/** "Words: 7,912 of 8,500 (report); largest chapter II: 5,210" */
function wordsLine(words: ReportWords, limit: number): string {
  const largest = words.chapters.reduce<
    ReportWords["chapters"][number] | undefined
  >(
    (best, chapter) =>
      best === undefined || chapter.words > best.words ? chapter : best,
    undefined,
  );
  const n = groupDigits;
  return `Words: ${n(words.total)} of ${n(limit)} (report)${largest === undefined ? "" : `; largest chapter ${largest.numeral}: ${n(largest.words)}`}`;
}
