import type { Diagnostic, SilencedDiagnostic } from "./diagnostic.js";
import { displayPath } from "../shared/paths.js";

/** Machine-readable diagnostics: paths as seen from the current directory, plus the silenced ones with their reasons. */
export function formatDiagnosticsJson(
  diagnostics: readonly Diagnostic[],
  silenced: readonly SilencedDiagnostic[],
  options: { root: string; cwd: string },
): string {
  const withPath = (d: Diagnostic) => ({
    ...d,
    file: displayPath(d.file, options),
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return `${JSON.stringify(
    {
      diagnostics: diagnostics.map(withPath),
      silenced: silenced.map((s) => ({
        ...withPath(s.diagnostic),
        reason: s.reason,
      })),
      summary: {
        errors,
        warnings: diagnostics.length - errors,
        silenced: silenced.length,
      },
    },
    null,
    2,
  )}\n`;
}
