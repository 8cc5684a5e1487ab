import { buildReport } from "../../src/build-report.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { makeEdition } from "./edition.js";

/** Validate an inline edition; diagnostics as `file:line:col severity rule-id message` lines, paths relative to the edition folder. */
export async function diagnosticsFor(
  files: Record<string, string | Uint8Array>,
  options: { only?: string } = {},
): Promise<string[]> {
  const { root, dir } = makeEdition(files);
  const result = await buildReport(root, dir);
  return result.diagnostics
    .filter(
      (d) => options.only === undefined || d.ruleId.startsWith(options.only),
    )
    .map((d) => describe(d, dir));
}

export function describe(d: Diagnostic, dir: string): string {
  const file = d.file.startsWith(`${dir}/`)
    ? d.file.slice(dir.length + 1)
    : d.file;
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`;
}

/** Only the diagnostics of contribution files (drops outline-level merge warnings such as empty sections). */
export async function contributionDiagnostics(
  files: Record<string, string | Uint8Array>,
): Promise<string[]> {
  return (await diagnosticsFor(files)).filter(
    (line) =>
      !line.startsWith("templates/") && !line.includes("merge/empty-section"),
  );
}
