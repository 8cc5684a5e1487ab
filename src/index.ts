// The public API: the pipeline's stages and the model. Never imports src/cli.
export { buildReport, type BuildResult } from "./build-report.js";
export { loadEdition, type LoadOptions } from "./load/load-edition.js";
export { locateEdition, type EditionLocation } from "./load/find-edition.js";
export { diskFileSource, type FileSource } from "./load/file-source.js";
export { mergeContributions, type MergeResult } from "./merge/index.js";
export { renderText } from "./render/text.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderJson } from "./render/json.js";
export { exitCodeFor } from "./diagnostics/exit-code.js";
export { ruleCatalog, type RuleId } from "./validate/registry.js";
export { ConfigError, UsageError } from "./diagnostics/errors.js";
export type {
  Diagnostic,
  SilencedDiagnostic,
  Severity,
} from "./diagnostics/diagnostic.js";
export type * from "./model.js";
import type { Report } from "./model.js";
import type { DocxOptions } from "./render/docx/index.js";

/** Report -> DOCX bytes. Loaded on first use: the docx package is large. */
export async function renderDocx(
  report: Report,
  options?: DocxOptions,
): Promise<Uint8Array> {
  const { renderDocx: render } = await import("./render/docx/index.js");
  return render(report, options);
}
