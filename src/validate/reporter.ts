import type { Diagnostic, Fix, Severity } from "../diagnostics/diagnostic.js";

/** What one rule is, for focal points: shown by `--format github`, listed in CONTRIBUTING.md. */
export interface RuleInfo {
  severity: Severity;
  /** What the rule checks, in a focal point's words. */
  title: string;
  /** The usual fix, when a diagnostic gives none of its own. */
  hint?: string;
  /**
   * Reported when a file could not be read at all, so nothing of it reaches
   * the draft: report.yaml `rules:` cannot lower it, or the file would
   * vanish from the report without a word.
   */
  unreadable?: true;
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Finding {
  hint?: string | undefined;
  fix?: Fix | undefined;
  /** Overrides the rule's default severity (rare: e.g. a check that is an error in one case, a warning in another). */
  severity?: Severity;
  /** See Diagnostic.scope. */
  scope?: "report";
}

/**
 * Collects one rule family's diagnostics; the severity and the usual hint
 * come from the family's own declaration (report.yaml `rules:` is applied
 * later). Only the family's ids are accepted, so a misspelt id does not
 * compile.
 */
export class Reporter<Id extends string> {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly rules: Readonly<Record<Id, RuleInfo>>,
    /** Every rule id the tool knows, for rules about rules (disable comments). */
    readonly knownRuleIds: readonly string[] = [],
  ) {}

  report(
    ruleId: Id,
    place: Place,
    message: string,
    finding: Finding = {},
  ): void {
    const info = this.rules[ruleId];
    const diagnostic: Diagnostic = {
      file: place.file,
      line: place.line,
      column: place.column,
      ruleId,
      severity: finding.severity ?? info.severity,
      message,
    };
    const hint = finding.hint ?? info.hint;
    if (hint !== undefined) diagnostic.hint = hint;
    if (finding.fix !== undefined) diagnostic.fix = finding.fix;
    if (finding.scope !== undefined) diagnostic.scope = finding.scope;
    this.diagnostics.push(diagnostic);
  }
}

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
