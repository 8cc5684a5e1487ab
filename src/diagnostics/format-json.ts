import type { Diagnostic, SilencedDiagnostic } from "./diagnostic.js";
import { displayPath } from "../shared/paths.js";

/** Machine-readable diagnostics: paths as seen from the current directory, plus the silenced ones with their reasons. */
export function formatDiagnosticsJson(
  diagnostics: readonly Diagnostic[],
  silenced: readonly SilencedDiagnostic[],
  options: { root: string; cwd: string },
): string {
  return `${JSON.stringify(diagnosticsJson(diagnostics, silenced, options), null, 2)}\n`;
}

/** The value `formatDiagnosticsJson` prints, for outputs that embed it (`build --json`). */
export function diagnosticsJson(
  diagnostics: readonly Diagnostic[],
  silenced: readonly SilencedDiagnostic[],
  options: { root: string; cwd: string },
) {
  const withPath = (d: Diagnostic) => ({
    ...d,
    file: displayPath(d.file, options),
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return {
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
  };
}
