import type { Diagnostic, Fix, Severity } from "../diagnostics/diagnostic.js";
import { ruleCatalog } from "../diagnostics/catalog.js";
import type { Edition } from "../model.js";

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Finding {
  hint?: string | undefined;
  fix?: Fix | undefined;
  /** Overrides the catalog's default severity (rare: e.g. a check that is an error in one case, a warning in another). */
  severity?: Severity;
  /** See Diagnostic.scope. */
  scope?: "report";
}

/** Collects diagnostics for one run; the severity comes from the rule catalog (report.yaml `rules:` is applied later). */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  report(
    ruleId: string,
    place: Place,
    message: string,
    finding: Finding = {},
  ): void {
    const severity =
      finding.severity ?? ruleCatalog[ruleId]?.severity ?? "error";
    const diagnostic: Diagnostic = {
      file: place.file,
      line: place.line,
      column: place.column,
      ruleId,
      severity,
      message,
    };
    const hint = finding.hint ?? ruleCatalog[ruleId]?.hint;
    if (hint !== undefined) diagnostic.hint = hint;
    if (finding.fix !== undefined) diagnostic.fix = finding.fix;
    if (finding.scope !== undefined) diagnostic.scope = finding.scope;
    this.diagnostics.push(diagnostic);
  }
}

/** A check over the whole edition. Rules never throw on bad input; they report. */
export type Rule = (edition: Edition, reporter: Reporter) => void;

export function placeOf(
  node: { position?: { start: { line: number; column: number } } | undefined },
  file: string,
): Place {
  return {
    file,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  };
}
