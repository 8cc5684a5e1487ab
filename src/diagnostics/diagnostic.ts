/** How bad a finding is. `off` never reaches a Diagnostic. */
export type Severity = "error" | "warning";

/**
 * One finding about the input, modelled on vfile messages: where it is,
 * which rule found it, what is wrong and how to fix it.
 */
export interface Diagnostic {
  /** POSIX path relative to the project root. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: Severity;
  message: string;
  /** How to fix it, in a focal point's words. */
  hint?: string;
  /** For rules whose fix is certain: the exact replacement of a span. */
  fix?: Fix;
  /**
   * `report`: a finding about the assembled report (the order in which
   * entities' texts are read, the report's word limit), which is the task
   * manager's to act on rather than the author's of the line it points at;
   * `--format github` does not annotate a focal point's pull request with it.
   */
  scope?: "report";
}

/** Replace `length` characters starting at line:column (both 1-based) with `text`. */
export interface Fix {
  line: number;
  column: number;
  length: number;
  text: string;
}

/** A diagnostic silenced by a disable comment, kept so status and build can list it. */
export interface SilencedDiagnostic {
  diagnostic: Diagnostic;
  reason: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
