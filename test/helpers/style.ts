import { buildReport } from "../../src/build-report.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { makeEdition } from "./edition.js";

/** `file:line:col rule-id message`, then ` => "text"` when the diagnostic carries a fix (with its span when it starts elsewhere). */
export function describeStyle(d: Diagnostic, dir: string): string {
  const file = d.file.startsWith(`${dir}/`)
    ? d.file.slice(dir.length + 1)
    : d.file;
  let line = `${file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`;
  if (d.fix !== undefined) {
    const at =
      d.fix.line === d.line && d.fix.column === d.column
        ? ""
        : ` at ${d.fix.line}:${d.fix.column}`;
    line += ` => ${JSON.stringify(d.fix.text)} (${d.fix.length} chars${at})`;
  }
  return line;
}

/** Build an inline edition and return its `style/` and `words/` findings, described. */
export async function styleFindings(
  files: Record<string, string | Uint8Array>,
  prefix: string | string[] = "style/",
): Promise<string[]> {
  const prefixes = Array.isArray(prefix) ? prefix : [prefix];
  const { root, dir } = makeEdition(files);
  const result = await buildReport(root, dir);
  return result.diagnostics
    .filter((d) => prefixes.some((p) => d.ruleId.startsWith(p)))
    .map((d) => describeStyle(d, dir));
}
