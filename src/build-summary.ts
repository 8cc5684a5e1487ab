import type { BuildResult } from "./build-report.js";
import { diagnosticsJson } from "./diagnostics/format-json.js";
import { partBlocks, type ReportPart } from "./model.js";
import type { OutputFormat } from "./render/formats.js";
import { displayPath } from "./shared/paths.js";
import type { SkippedFile } from "./skip-invalid.js";
import { countReportWords, type ReportWords } from "./words/report-words.js";

/** Where paths are shown from: root-relative files become paths from the current directory. */
export interface Where {
  root: string;
  cwd: string;
}

/** `build --json` when the draft was written: what it holds, and what was left out or silenced. */
export function buildSummaryJson(
  result: BuildResult,
  options: {
    skipped: readonly SkippedFile[];
    format: OutputFormat;
    /** The draft's path as printed, or null when it went to stdout. */
    output: string | null;
    where: Where;
    /** Counted once by the caller when it also prints the words line. */
    words?: ReportWords;
  },
) {
  const { skipped, where } = options;
  const words = options.words ?? countReportWords(result.report);
  return {
    output: options.output,
    format: options.format,
    paragraphs: countParagraphs(result.report.chapters),
    // An annex numbers its paragraphs from 1, so they are counted apart.
    annexParagraphs: (result.report.annexes ?? []).reduce(
      (sum, annex) => sum + countParagraphs([annex]),
      0,
    ),
    footnotes: result.report.footnotes.length,
    contributors: result.report.contributors.length,
    words: {
      total: words.total,
      limit: result.edition.config.wordLimit,
      chapters: words.chapters.map(({ numeral, title, words: count }) => ({
        numeral,
        title,
        words: count,
      })),
    },
    built: true,
    complete: skipped.length === 0,
    skipped: skippedJson(skipped, where),
    errors: 0,
    warnings: result.diagnostics.length,
    silenced: result.silenced.map((s) => ({
      ruleId: s.diagnostic.ruleId,
      file: displayPath(s.diagnostic.file, where),
      line: s.diagnostic.line,
      reason: s.reason,
    })),
  };
}

export type BuildSummaryJson = ReturnType<typeof buildSummaryJson>;

/** `build --json` when the draft was not written: what blocks it, in the shape of `validate --json`. */
export function blockedBuildJson(
  result: BuildResult,
  skipped: readonly SkippedFile[],
  where: Where,
) {
  return {
    output: null,
    built: false,
    ...diagnosticsJson(result.diagnostics, result.silenced, where),
    skipped: skippedJson(skipped, where),
  };
}

function skippedJson(skipped: readonly SkippedFile[], where: Where) {
  return skipped.map((s) => ({
    file: displayPath(s.file, where),
    entity: s.entity ?? null,
    ...diagnosticsJson(s.diagnostics, [], where),
  }));
}

/** The last paragraph number among these chapters (or one annex): how many numbered paragraphs they hold. */
export function countParagraphs(parts: readonly ReportPart[]): number {
  let last = 0;
  for (const block of parts.flatMap(partBlocks))
    if (
      (block.kind === "paragraph" || block.kind === "list") &&
      block.number !== undefined
    )
      last = block.number;
  return last;
}
