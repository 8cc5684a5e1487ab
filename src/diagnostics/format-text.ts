import { plural } from "../shared/numbers.js";
import { displayPath } from "../shared/paths.js";
import type { Diagnostic } from "./diagnostic.js";

export interface TextStyle {
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export const plainStyle: TextStyle = {
  dim: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  bold: (t) => t,
  underline: (t) => t,
};

/**
 * vfile-reporter / eslint-stylish output: diagnostics grouped by file,
 * `  line:col  severity  message  rule-id`, the hint on the next line, then
 * a summary. Paths are relative to the current directory.
 */
export function formatDiagnosticsText(
  diagnostics: readonly Diagnostic[],
  options: { root: string; cwd: string; style?: TextStyle },
): string {
  const style = options.style ?? plainStyle;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics)
    byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(style.underline(displayPath(file, options)));
    const places = list.map((d) => `${d.line}:${d.column}`);
    const width = Math.max(...places.map((p) => p.length));
    list.forEach((d, i) => {
      const severity =
        d.severity === "error" ? style.red("error  ") : style.yellow("warning");
      out.push(
        `  ${style.dim((places[i] ?? "").padEnd(width))}  ${severity}  ${d.message}  ${style.dim(d.ruleId)}`,
      );
      if (d.hint !== undefined)
        out.push(
          `  ${" ".repeat(width)}  ${style.dim(`         fix: ${d.hint}`)}`,
        );
    });
    out.push("");
  }
  out.push(summaryLine(diagnostics, style));
  return `${out.join("\n")}\n`;
}

export function summaryLine(
  diagnostics: readonly Diagnostic[],
  style: TextStyle = plainStyle,
): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return "No problems found.";
  const parts = [
    errors > 0 ? style.red(plural(errors, "error")) : undefined,
    warnings > 0 ? style.yellow(plural(warnings, "warning")) : undefined,
  ].filter(Boolean);
  return style.bold(`✖ ${parts.join(", ")}`);
}
