import type {
  Diagnostic,
  SilencedDiagnostic,
} from "./diagnostics/diagnostic.js";
import type { LoadOptions } from "./load/load-edition.js";
import { loadEdition } from "./load/load-edition.js";
import { mergeContributions } from "./merge/index.js";
import type { Edition, Report } from "./model.js";
import {
  applyRuleSettings,
  checkEdition,
  checkReport,
} from "./validate/index.js";

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
  options: LoadOptions = {},
): Promise<BuildResult> {
  const edition = await loadEdition(root, dir, options);
  const { report, leftOut } = mergeContributions(edition);
  const { diagnostics, silenced } = applyRuleSettings(
    [...checkEdition(edition), ...checkReport({ edition, report, leftOut })],
    edition,
  );
  return { edition, report, diagnostics, silenced };
}
