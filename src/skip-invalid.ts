import path from "node:path";
import {
  buildReport,
  type BuildOptions,
  type BuildResult,
} from "./build-report.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";

/** A file of the edition left out of the draft because it has errors. */
export interface SkippedFile {
  /** Root-relative path. */
  file: string;
  /** The entity its front matter names, when it could be read. */
  entity?: string;
  /** Why: the file's blocking diagnostics. */
  diagnostics: Diagnostic[];
}

export interface SkippingResult {
  result: BuildResult;
  skipped: SkippedFile[];
}

/**
 * `build --skip-invalid`: the report without the files of the edition
 * folder that have errors (warnings too with `strict`). Problems elsewhere
 * (the outline) are not skipped: they stay in `result.diagnostics` and
 * still block the draft.
 */
export async function buildReportSkippingInvalid(
  root: string,
  dir: string,
  options: BuildOptions & { strict?: boolean } = {},
): Promise<SkippingResult> {
  const { strict, ...buildOptions } = options;
  const blocking = (d: Diagnostic) =>
    d.severity === "error" || (strict === true && d.severity === "warning");
  const inEdition = (file: string) =>
    file.startsWith(`${dir}/`) && path.posix.basename(file) !== "report.yaml";
  const byFile = new Map<string, Diagnostic[]>();
  const entities = new Map<string, string | undefined>();
  let result = await buildReport(root, dir, buildOptions);
  // Leaving a file out can make another one fail (an image it alone used is then unused): repeat until nothing new.
  for (;;) {
    for (const c of result.edition.contributions)
      entities.set(c.file, c.entity);
    const found = result.diagnostics.filter(
      (d) => blocking(d) && inEdition(d.file) && !byFile.has(d.file),
    );
    if (found.length === 0) break;
    for (const d of found)
      byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    result = await buildReport(root, dir, {
      ...buildOptions,
      leaveOut: new Set(byFile.keys()),
    });
  }
  const skipped = [...byFile].map(([file, diagnostics]): SkippedFile => {
    const entity = entities.get(file);
    return entity === undefined
      ? { file, diagnostics }
      : { file, entity, diagnostics };
  });
  return { result, skipped };
}
