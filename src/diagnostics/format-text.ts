import { groupDigits, plural } from "../shared/numbers.js";
import { displayPath } from "../shared/paths.js";
import type { Diagnostic } from "./diagnostic.js";
import { escapeControls, quotePath } from "./terminal-text.js";

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

/** Past this many problems in one file, the text output says how many more there are (JSON lists them all). */
export const MAX_SHOWN_PER_FILE = 200;

/**
 * vfile-reporter / eslint-stylish output: diagnostics grouped by file,
 * `  line:col  severity  message  rule-id`, the hint on the next line, then
 * a summary. Paths are relative to the current directory. At most
 * {@link MAX_SHOWN_PER_FILE} per file, then how many more; time and memory
 * linear in the number of diagnostics (a pasted file can bring 100,000).
 * Text from files is shown with control characters escaped.
 */
export function formatDiagnosticsText(
  diagnostics: readonly Diagnostic[],
  options: { root: string; cwd: string; style?: TextStyle },
): string {
  const style = options.style ?? plainStyle;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list === undefined) byFile.set(d.file, [d]);
    else list.push(d);
  }
  const out: string[] = [];
  for (const [file, all] of byFile) {
    out.push(style.underline(quotePath(displayPath(file, options))));
    const list =
      all.length > MAX_SHOWN_PER_FILE ? all.slice(0, MAX_SHOWN_PER_FILE) : all;
    const places = list.map((d) => `${d.line}:${d.column}`);
    let width = 0;
    for (const place of places) width = Math.max(width, place.length);
    list.forEach((d, i) => {
      const severity =
        d.severity === "error" ? style.red("error  ") : style.yellow("warning");
      out.push(
        `  ${style.dim((places[i] ?? "").padEnd(width))}  ${severity}  ${escapeControls(d.message)}  ${style.dim(d.ruleId)}`,
      );
      if (d.hint !== undefined)
        out.push(
          `  ${" ".repeat(width)}  ${style.dim(`         fix: ${escapeControls(d.hint)}`)}`,
        );
    });
    if (all.length > list.length)
      out.push(
        `  … and ${groupDigits(all.length - list.length)} more (see --format json)`,
      );
    out.push("");
  }
  out.push(summaryLine(diagnostics, style));
  return `${out.join("\n")}\n`;
}

export function summaryLine(
  diagnostics: readonly Diagnostic[],
  style: TextStyle = plainStyle,
): string {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors++;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return "No problems found.";
  const parts = [
    errors > 0 ? style.red(plural(errors, "error")) : undefined,
    warnings > 0 ? style.yellow(plural(warnings, "warning")) : undefined,
  ].filter(Boolean);
  return style.bold(`✖ ${parts.join(", ")}`);
}
