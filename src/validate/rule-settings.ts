import {
  compareDiagnostics,
  type Diagnostic,
  type SilencedDiagnostic,
} from "../diagnostics/diagnostic.js";
import { isRuleId, ruleCatalog } from "./registry.js";
import type { Edition, Suppression } from "../model.js";

/**
 * Apply report.yaml `rules:` (by id, or by family such as `style`) and the
 * disable comments, then sort by file and position.
 */
export function applyRuleSettings(
  diagnostics: readonly Diagnostic[],
  edition: Edition,
): { diagnostics: Diagnostic[]; silenced: SilencedDiagnostic[] } {
  const settings = edition.config.rules;
  const suppressionsByFile = new Map<string, Suppression[]>();
  for (const contribution of edition.contributions)
    suppressionsByFile.set(contribution.file, contribution.suppressions);
  const kept: Diagnostic[] = [];
  const silenced: SilencedDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (
      isRuleId(diagnostic.ruleId) &&
      ruleCatalog[diagnostic.ruleId].unreadable === true
    ) {
      kept.push(diagnostic);
      continue;
    }
    const setting =
      settings[diagnostic.ruleId] ??
      settings[diagnostic.ruleId.split("/")[0] ?? ""];
    if (setting === "off") continue;
    const adjusted =
      setting === undefined ? diagnostic : { ...diagnostic, severity: setting };
    const suppression = suppressionsByFile
      .get(diagnostic.file)
      ?.find(
        (s) =>
          s.ruleId === diagnostic.ruleId &&
          diagnostic.line >= s.fromLine &&
          diagnostic.line <= s.toLine &&
          s.reason !== "",
      );
    if (suppression !== undefined)
      silenced.push({ diagnostic: adjusted, reason: suppression.reason });
    else kept.push(adjusted);
  }
  return {
    diagnostics: kept.sort(compareDiagnostics),
    silenced: silenced.sort((a, b) =>
      compareDiagnostics(a.diagnostic, b.diagnostic),
    ),
  };
}
