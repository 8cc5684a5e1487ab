import {
  compareDiagnostics,
  type Diagnostic,
  type SilencedDiagnostic,
} from "./diagnostics/diagnostic.js";
import type { LoadOptions } from "./load/load-edition.js";
import { loadEdition } from "./load/load-edition.js";
import { mergeContributions } from "./merge/index.js";
import type { Edition, Report } from "./model.js";
import { applyRuleSettings, validateEdition } from "./validate/index.js";
import { Reporter } from "./validate/reporter.js";
import { checkAcronyms } from "./validate/rules/style/index.js";
import { checkReportWordLimit } from "./words/report-limit.js";

export interface BuildResult {
  edition: Edition;
  report: Report;
  /** Validation and merge diagnostics, with report.yaml `rules:` and disable comments applied. */
  diagnostics: Diagnostic[];
  silenced: SilencedDiagnostic[];
}

/** load -> validate -> merge. Rendering is the caller's choice of format. */
export async function buildReport(
  root: string,
  dir: string,
  options: LoadOptions = {},
): Promise<BuildResult> {
  const edition = await loadEdition(root, dir, options);
  const validation = validateEdition(edition);
  const merged = mergeContributions(edition);
  const mergeFindings = applyRuleSettings(
    [...merged.diagnostics, ...reportWideDiagnostics(edition, merged.report)],
    edition,
  );
  return {
    edition,
    report: merged.report,
    // One order for every output: by file, then line and column.
    diagnostics: [...validation.diagnostics, ...mergeFindings.diagnostics].sort(
      compareDiagnostics,
    ),
    silenced: [...validation.silenced, ...mergeFindings.silenced].sort((a, b) =>
      compareDiagnostics(a.diagnostic, b.diagnostic),
    ),
  };
}

/** Rules that need the merged report: acronyms at first use in reading order, and the report's word limit. */
function reportWideDiagnostics(edition: Edition, report: Report): Diagnostic[] {
  const reporter = new Reporter();
  checkAcronyms(edition, reporter);
  checkReportWordLimit(edition, report, reporter);
  return reporter.diagnostics;
}
